package kz.aimaq.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the embedded database has committed survives the process being killed right after: a user
 * told "imported" or "saved" must find it after a crash. Each round is a new JVM that writes a row
 * through the data source the storage component registers, then halts at once, as {@code kill -9}
 * or a power cut would stop it. Without a checkpoint after the commit, H2 lost the row at the
 * first kill.
 */
class EmbeddedDurabilityTest {

    private static final int ROUNDS = 2;

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"transaction", "auto-commit"})
    void aWriteSurvivesTheProcessKilledRightAfterIt(String mode) throws Exception {
        try (Connection c = embedded(data).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (round INT)");
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), WriteThenHalt.class.getName(), data.toString(), mode,
                    Integer.toString(round)).inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the writing process did not end");
            }
            assertEquals(9, p.exitValue(), "halted after its write");
            try (Connection c = embedded(data).getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertEquals(round, rs.getInt(1), "every row written, after " + round + " kills");
            }
        }
    }

    /** The embedded database of a data folder as the storage component opens it. */
    static SharedFileDataSource embedded(Path data) {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL(ConnectionSettings.resolve(StorageConfig.Mode.embedded, "", "", "", data).url());
        file.setUser("");
        return new SharedFileDataSource(file);
    }

    /**
     * Writes one row, in a transaction or a statement of its own, then halts without closing the
     * database: a first connection stays open, as the storage component keeps one (H2 would close
     * the database, and write everything, when its last connection closes).
     */
    public static final class WriteThenHalt {
        public static void main(String[] args) throws Exception {
            SharedFileDataSource database = embedded(Path.of(args[0]));
            Connection keptOpen = database.getConnection();
            Connection c = database.getConnection();
            boolean transaction = args[1].equals("transaction");
            c.setAutoCommit(!transaction);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (" + Integer.parseInt(args[2]) + ")");
            }
            if (transaction) {
                c.commit();
            } else {
                c.close();
            }
            Runtime.getRuntime().halt(keptOpen.isClosed() ? 1 : 9);
        }
    }
}
