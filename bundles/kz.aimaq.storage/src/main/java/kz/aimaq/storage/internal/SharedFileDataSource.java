package kz.aimaq.storage.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * The embedded H2 file as several processes share it (automatic server mode): opening a
 * connection meets, for a moment, another process taking the file over or handing it on (the
 * one serving it exited, two processes opened it at the same instant). Those openings are
 * tried again, with a short random pause, for up to {@value #PATIENCE_SECONDS} s: a command
 * started beside others waits its turn instead of failing. Its connections' commits are on disk
 * when they return ({@link DurableConnection}).
 */
final class SharedFileDataSource implements DataSource {

    static final long PATIENCE_SECONDS = 120;

    /**
     * H2's codes of a file in passing between processes: already open (90020), lock file just
     * written or taken by a faster process (8000), connection to a server that just exited
     * broken (90067), its stream cut (90028, 90031).
     */
    private static final Set<Integer> IN_PASSING = Set.of(90020, 8000, 90067, 90028, 90031);

    private final DataSource file;

    SharedFileDataSource(DataSource file) {
        this.file = file;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return open(null, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return open(username, password);
    }

    private Connection open(String username, String password) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (true) {
            try {
                return DurableConnection.of(username == null ? file.getConnection() : file.getConnection(username, password));
            } catch (SQLException e) {
                if (!IN_PASSING.contains(e.getErrorCode()) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(50, 300));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the database file", e);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return file.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        file.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        file.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return file.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return file.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : file.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || file.isWrapperFor(type);
    }
}
