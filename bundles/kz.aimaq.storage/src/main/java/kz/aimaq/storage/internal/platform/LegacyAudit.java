package kz.aimaq.storage.internal.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditEntry.Outcome;

/**
 * Moves what earlier versions kept apart into the one chained log: the rows of the version-1
 * table {@code audit_log}, and the platform's {@code audit.jsonl} (written by earlier versions,
 * and still while no database is reachable). Both go in one transaction, in time order; the
 * file is then renamed, so it is moved once.
 */
final class LegacyAudit {

    static final String FILE = "audit.jsonl";
    static final int MOVED_COPIES_KEPT = 10;

    private static final JsonFactory JSON = new JsonFactory();

    private LegacyAudit() {
    }

    /** The login of a PostgreSQL session that belongs to an application group role; else {@code null}. */
    private static String centralLogin(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return null; // H2 has no logins of its own (and asking wrote a failure to its trace file at every start)
        }
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT session_user, EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
                        + " WHERE r.rolname = session_user)")) {
            return rs.next() && rs.getBoolean(2) ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null; // a PostgreSQL without access to its role catalogue: no group role to name
        }
    }

    /**
     * @param dataFolder the user's data folder holding {@value #FILE}; {@code null} when there is none
     * @param notices    told what was moved, and of lines that are not entries, with file and line
     * @return how many entries were moved
     */
    static int migrate(DataSource dataSource, Path dataFolder, Consumer<String> notices) throws SQLException {
        Path file = dataFolder == null ? null : dataFolder.resolve(FILE);
        List<AuditEntry> fromFile = file != null && Files.isRegularFile(file) ? read(file, notices) : List.of();
        int moved;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<AuditEntry> entries = new ArrayList<>(tableRows(c));
                int fromTable = entries.size();
                entries.addAll(fromFile);
                entries.sort(Comparator.comparing(AuditEntry::when));
                String mover = centralLogin(c);
                for (AuditEntry e : entries) {
                    // Central mode: an application login appends only in its own name (a trigger checks), so
                    // what this desktop kept before anyone signed in is moved in the name of the login that
                    // signed in, the name it was kept under said in the entry.
                    boolean renamed = mover != null && !mover.equals(e.user());
                    AuditChain.append(c, e.when(), renamed ? mover : e.user(), e.action(), e.target(), e.before(),
                            renamed ? e.after() + " [kept on this desktop as " + e.user() + " before sign-in]"
                                    : e.after(), e.outcome());
                }
                if (fromTable > 0) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_log")) {
                        s.executeUpdate();
                    }
                    notices.accept("moved " + fromTable + " entries of the table audit_log into the chained audit log");
                }
                c.commit();
                moved = entries.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        if (file != null && Files.isRegularFile(file)) {
            Path done = file.resolveSibling(FILE + ".moved-" + Instant.now().toEpochMilli());
            try {
                Files.move(file, done, StandardCopyOption.ATOMIC_MOVE);
                notices.accept("moved " + fromFile.size() + " entries of " + file + " into the chained audit log;"
                        + " the file is now " + done.getFileName());
                pruneMovedCopies(file, notices);
            } catch (IOException e) {
                notices.accept("the entries of " + file + " are in the chained audit log, but the file could not be"
                        + " renamed (" + e.getMessage() + "): remove it, or they are moved again at the next start");
            }
        }
        return moved;
    }

    /**
     * Keeps the newest {@value #MOVED_COPIES_KEPT} moved files: every start that audits before the
     * database connects (an add-on checked in {@code deploy/}) leaves one, and their entries are in
     * the chain; the newest stay as the desktop's own copy, with any line that was not an entry.
     */
    private static void pruneMovedCopies(Path file, Consumer<String> notices) {
        String prefix = FILE + ".moved-";
        try (java.util.stream.Stream<Path> siblings = Files.list(file.getParent())) {
            List<Path> moved = siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().length())
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
            for (Path old : moved.subList(0, Math.max(0, moved.size() - MOVED_COPIES_KEPT))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            notices.accept("older copies of " + file + " could not be removed: " + e.getMessage());
        }
    }

    private static List<AuditEntry> tableRows(Connection c) throws SQLException {
        List<AuditEntry> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, user_name, action, target, before_state, after_state"
                + " FROM audit_log ORDER BY id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return rows;
    }

    private static List<AuditEntry> read(Path file, Consumer<String> notices) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    try {
                        entries.add(parse(line));
                    } catch (IOException | DateTimeParseException e) {
                        notices.accept(file + ":" + number + ": not an audit entry, not moved: " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new SQLException("the audit file " + file + " cannot be read, so it is not moved: " + e.getMessage(),
                    e);
        }
        return entries;
    }

    private static AuditEntry parse(String line) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken().isScalarValue()) {
                    fields.put(name, parser.getValueAsString(""));
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("the line ends inside the entry");
            }
        }
        return new AuditEntry(0, Instant.parse(fields.getOrDefault("when", "")), fields.getOrDefault("user", ""),
                fields.getOrDefault("action", ""), fields.getOrDefault("target", ""), fields.getOrDefault("before", ""),
                fields.getOrDefault("after", ""),
                "REFUSED".equals(fields.get("outcome")) ? Outcome.REFUSED : Outcome.DONE, "");
    }
}
