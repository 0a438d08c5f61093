package kz.aimaq.storage.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A connection to the embedded H2 file whose commits are on disk when they return. H2 writes a
 * commit to its file up to 500 ms later ({@code WRITE_DELAY}); a process killed or a desktop
 * losing power in that time lost what the user had been told was saved (docs/benchmarks.md,
 * seventh session). {@code WRITE_DELAY=0} would close the gap too, but stops the background
 * writer that compacts the file. So the background writer stays, and each commit is followed by
 * {@code CHECKPOINT SYNC}: H2 stores what is pending and forces it to the device.
 * <p>
 * After {@link Connection#commit()}, after {@link Connection#setAutoCommit(boolean) setAutoCommit(true)}
 * ends a transaction, and when a connection in auto-commit mode is closed (its statements committed
 * one by one). A checkpoint with nothing pending costs about 0.06 ms.
 */
final class DurableConnection implements InvocationHandler {

    private static final Logger LOG = Logger.getLogger(DurableConnection.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    static final String CHECKPOINT = "CHECKPOINT SYNC";

    private final Connection connection;

    private DurableConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection of(Connection connection) {
        return (Connection) Proxy.newProxyInstance(DurableConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new DurableConnection(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close") && args == null && autoCommitting()) {
            checkpoint();
        }
        boolean endsTransaction = name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])
                && !connection.getAutoCommit();
        Object result;
        try {
            result = method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (name.equals("commit") && args == null || endsTransaction) {
            checkpoint();
        }
        return result;
    }

    /** Whether the connection is open and commits statement by statement; a broken one is closed as it is. */
    private boolean autoCommitting() {
        try {
            return !connection.isClosed() && connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The commit has succeeded; failing it now would make its caller think otherwise. H2 refuses a
     * checkpoint only to a user without admin rights, which the data folder's own database never has.
     */
    private void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute(CHECKPOINT);
        } catch (SQLException e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warning("the embedded database did not write a commit to disk at once (SQLState " + e.getSQLState()
                        + ", error " + e.getErrorCode() + "): H2 will write it within half a second");
            }
        }
    }
}
