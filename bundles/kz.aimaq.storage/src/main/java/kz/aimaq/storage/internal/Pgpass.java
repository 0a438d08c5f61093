package kz.aimaq.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The password a headless command signs in with, found where PostgreSQL's own tools look:
 * {@code PGPASSWORD}, else the password file ({@code PGPASSFILE} or {@code ~/.pgpass}, lines of
 * {@code host:port:database:user:password}, {@code *} matching anything, {@code \:} and
 * {@code \\} escaped). Like libpq, a password file that others may read is ignored.
 */
final class Pgpass {

    private Pgpass() {
    }

    /**
     * @param warnings told (without the password) why a file was not used
     */
    static Optional<char[]> find(Map<String, String> env, Path home, String host, int port, String database,
            String login, java.util.function.Consumer<String> warnings) {
        String fromEnvironment = env.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        String named = env.get("PGPASSFILE");
        Path file = named != null && !named.isBlank() ? Path.of(named) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!Files.getPosixFilePermissions(file).stream().allMatch(p -> p.name().startsWith("OWNER_"))) {
                warnings.accept(file + " is readable by others: ignored, as libpq does (chmod 0600 " + file + ")");
                return Optional.empty();
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        } catch (IOException e) {
            warnings.accept(file + ": " + e.getMessage());
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() == 5 && matches(fields.get(0), host) && matches(fields.get(1), Integer.toString(port))
                        && matches(fields.get(2), database) && matches(fields.get(3), login)) {
                    return Optional.of(fields.get(4).toCharArray());
                }
            }
        } catch (IOException e) {
            warnings.accept(file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value)
                || pattern.equals("localhost") && value.equals("127.0.0.1");
    }

    /** The colon-separated fields of a line; the last takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
