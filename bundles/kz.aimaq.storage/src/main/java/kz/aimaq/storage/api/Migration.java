package kz.aimaq.storage.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema change of an owner: an SQL script named {@code V<n>__<description>.sql}.
 * Once applied, a script must never change; ship the next version instead.
 *
 * @param version     the {@code n} of the file name, 1 or more
 * @param description the part after {@code __}, underscores read as spaces
 * @param fileName    the file name, for messages
 * @param sql         the script: statements separated by {@code ;}
 */
public record Migration(int version, String description, String fileName, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_]+)\\.sql");

    public Migration {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException(fileName + ": the version must be 1 or more");
        }
    }

    /**
     * Reads version and description from a file name such as {@code V2__add_facts.sql}.
     *
     * @throws IllegalArgumentException if the name does not follow {@code V<n>__<name>.sql}
     */
    public static Migration of(String fileName, String sql) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file '" + fileName
                    + "' is not named V<version>__<description>.sql (letters, digits, underscores)");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName, sql);
    }

    /** Whether a file name looks like a migration script. */
    public static boolean isMigrationFile(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    /** SHA-256 of the script with line ends normalised, so a checkout on Windows still matches. */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
