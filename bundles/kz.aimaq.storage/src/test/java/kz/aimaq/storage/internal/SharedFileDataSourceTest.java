package kz.aimaq.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Opening the shared file while it passes between processes. The moments H2 reports then
 * cannot be staged in one JVM (H2 shares a file within a JVM), so a data source over a real
 * in-memory H2 first answers with the errors H2 gives there.
 */
class SharedFileDataSourceTest {

    /** Fails with the given H2 error codes, in order, then opens a real connection. */
    private static final class Passing implements DataSource {
        private final Deque<Integer> failures;
        private final JdbcDataSource h2 = new JdbcDataSource();
        int attempts;

        Passing(List<Integer> codes) {
            failures = new ArrayDeque<>(codes);
            h2.setURL("jdbc:h2:mem:shared");
        }

        @Override
        public Connection getConnection() throws SQLException {
            attempts++;
            Integer code = failures.poll();
            if (code != null) {
                throw new SQLException("staged", "HY000", code);
            }
            return h2.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    @Test
    void anOpeningThatMeetsTheFileInPassingIsTriedAgain() throws Exception {
        Passing file = new Passing(List.of(90020, 8000, 90067));

        try (Connection c = new SharedFileDataSource(file).getConnection()) {
            assertEquals(true, c.isValid(1));
        }
        assertEquals(4, file.attempts);
    }

    @Test
    void anyOtherErrorIsReportedAtOnce() {
        Passing file = new Passing(List.of(28000)); // wrong user or password

        SQLException e = assertThrows(SQLException.class, () -> new SharedFileDataSource(file).getConnection());

        assertEquals(28000, e.getErrorCode());
        assertEquals(1, file.attempts);
    }

    @Test
    void unwrapsToItselfOrTheFile() throws Exception {
        Passing file = new Passing(List.of());
        SharedFileDataSource shared = new SharedFileDataSource(file);

        assertSame(shared, shared.unwrap(SharedFileDataSource.class));
    }
}
