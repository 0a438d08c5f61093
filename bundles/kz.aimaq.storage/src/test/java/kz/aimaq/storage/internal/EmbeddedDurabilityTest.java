package kz.aimaq.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction the embedded database has committed survives the process being killed right after:
 * a user who saw "imported" must find the payments after a crash. Each round is a new JVM that
 * commits a row and halts at once, as {@code kill -9} would stop it.
 */
class EmbeddedDurabilityTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path data;

    @Test
    void aCommitSurvivesTheProcessKilledRightAfterIt() throws Exception {
        try (Connection c = DriverManager.getConnection(url(data), "", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (round INT)");
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), CommitThenHalt.class.getName(), data.toString(),
                    Integer.toString(round)).inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the committing process did not end");
            }
            assertEquals(9, p.exitValue(), "halted after its commit");
            try (Connection c = DriverManager.getConnection(url(data), "", "");
                    Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertEquals(round, rs.getInt(1), "every committed row, after " + round + " kills");
            }
        }
    }

    static String url(Path data) {
        return ConnectionSettings.resolve(StorageConfig.Mode.embedded, "", "", "", data).url();
    }

    /** Commits one row into the embedded database of a data folder, then halts without closing anything. */
    public static final class CommitThenHalt {
        public static void main(String[] args) throws Exception {
            Connection c = DriverManager.getConnection(url(Path.of(args[0])), "", "");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (" + Integer.parseInt(args[1]) + ")");
            }
            c.commit();
            Runtime.getRuntime().halt(9);
        }
    }
}
