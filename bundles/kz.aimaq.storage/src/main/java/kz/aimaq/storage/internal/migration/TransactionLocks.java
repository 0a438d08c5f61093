package kz.aimaq.storage.internal.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import kz.aimaq.storage.api.Dialect;

/**
 * Named locks held until a transaction ends, shared by every process on the database: on
 * PostgreSQL an advisory transaction lock, on H2 (which has none) the row of the name in
 * {@value #TABLE}, locked with {@code SELECT ... FOR UPDATE}. A process that dies mid-way
 * loses its connection and with it the lock, so nothing stays locked after a kill.
 */
final class TransactionLocks {

    static final String TABLE = "aimaq_lock";

    /** How long a waiter waits on H2: a first start on a loaded machine seeds for several seconds. */
    private static final int H2_WAIT_MILLIS = 600_000;

    /** Bit set in every advisory key of ours, so that they do not meet small keys of other software. */
    private static final long KEY_PREFIX = 0x61696d61L << 32;

    private TransactionLocks() {
    }

    static void lock(DataSource dataSource, Dialect dialect, Connection transaction, String name)
            throws SQLException {
        if (transaction.getAutoCommit()) {
            throw new SQLException("the lock '" + name + "' needs a transaction: call setAutoCommit(false) first");
        }
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement s = transaction.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                s.setLong(1, advisoryKey(name));
                s.execute();
            }
            return;
        }
        ensureRow(dataSource, name);
        try (Statement s = transaction.createStatement()) {
            s.execute("SET LOCK_TIMEOUT " + H2_WAIT_MILLIS);
        }
        try (PreparedStatement s = transaction.prepareStatement(
                "SELECT name FROM " + TABLE + " WHERE name = ? FOR UPDATE")) {
            s.setString(1, name);
            s.executeQuery().close();
        }
    }

    /** The advisory lock key of a name: the same in every process and every Java version. */
    static long advisoryKey(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return KEY_PREFIX | crc.getValue();
    }

    /**
     * Creates the lock table and the name's row, committed on a connection of their own: a row
     * only another transaction has inserted cannot be locked yet. Two processes doing this at
     * once may collide on the table or the key; whatever the loser meets, the row exists after.
     */
    private static void ensureRow(DataSource dataSource, String name) throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (name VARCHAR(100) PRIMARY KEY)");
                try (PreparedStatement merge = c.prepareStatement("MERGE INTO " + TABLE + " KEY (name) VALUES (?)")) {
                    merge.setString(1, name);
                    merge.executeUpdate();
                }
                return;
            } catch (SQLException e) {
                last = e;
            }
        }
        throw last;
    }
}
