package kz.aimaq.storage.internal.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import kz.aimaq.storage.api.Dialect;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;

/**
 * Applies versioned scripts per owner and records them in {@code aimaq_schema_history}.
 * Written here rather than taken from Flyway or Liquibase: Flyway is not an OSGi bundle as
 * shipped and finds scripts by class-path scanning, which bundle class loaders do not
 * support; Liquibase brings a far larger runtime than the hundred lines this needs.
 */
final class MigrationRunner {

    static final String HISTORY = "aimaq_schema_history";

    /** Key of the PostgreSQL advisory lock that serialises migrations of all desktops. */
    private static final long LOCK_KEY = 0x61696d6171L;

    /** The H2 lock row of migrations. */
    private static final String LOCK_NAME = "migrations";

    private final DataSource dataSource;
    private final Dialect dialect;

    MigrationRunner(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    List<Migration> migrate(String owner, List<Migration> migrations) throws MigrationException {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        try (Connection c = dataSource.getConnection(); Connection lockHolder = lock(c)) {
            try {
                createHistory(c);
                List<Migration> pending = pending(owner, sorted, applied(c, owner));
                for (Migration migration : pending) {
                    apply(c, owner, migration);
                }
                return pending;
            } finally {
                unlock(c, lockHolder);
            }
        } catch (SQLException e) {
            throw new MigrationException(owner, null, "cannot migrate the tables of '" + owner + "': "
                    + e.getMessage(), e);
        }
    }

    private record Applied(int version, String script, String checksum) {
    }

    private static List<Migration> pending(String owner, List<Migration> sorted, Map<Integer, Applied> applied)
            throws MigrationException {
        Map<Integer, Migration> shipped = new HashMap<>();
        for (Migration m : sorted) {
            Migration other = shipped.putIfAbsent(m.version(), m);
            if (other != null) {
                throw new MigrationException(owner, m.fileName(), "owner '" + owner + "' ships version "
                        + m.version() + " twice: " + other.fileName() + " and " + m.fileName()
                        + "; renumber one of them");
            }
        }
        int newestApplied = 0;
        for (Applied a : applied.values()) {
            newestApplied = Math.max(newestApplied, a.version());
            Migration m = shipped.get(a.version());
            if (m == null) {
                throw new MigrationException(owner, a.script(), "owner '" + owner + "': version " + a.version()
                        + " (" + a.script() + ") was applied to this database but is not shipped any more;"
                        + " this database is newer than the installed bundle: install the matching version");
            }
            if (!m.checksum().equals(a.checksum())) {
                throw new MigrationException(owner, m.fileName(), "owner '" + owner + "': migration version "
                        + m.version() + " (" + m.fileName() + ") was changed after it was applied (checksum "
                        + a.checksum() + " recorded, " + m.checksum() + " shipped); restore the original"
                        + " script and put the change in a new version");
            }
        }
        List<Migration> pending = new ArrayList<>();
        for (Migration m : sorted) {
            if (applied.containsKey(m.version())) {
                continue;
            }
            if (m.version() < newestApplied) {
                throw new MigrationException(owner, m.fileName(), "owner '" + owner + "': migration version "
                        + m.version() + " (" + m.fileName() + ") is older than the applied version "
                        + newestApplied + "; give it a version above " + newestApplied);
            }
            pending.add(m);
        }
        return pending;
    }

    /**
     * Serialises the migrations of every process on the database. PostgreSQL: a session
     * advisory lock on the migrating connection. H2 (several processes share a file through its
     * automatic server mode): the lock row of {@link TransactionLocks}, held by a transaction on a
     * second connection, returned to be closed at the end, because each migration commits on its own.
     */
    private Connection lock(Connection c) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            }
            return null;
        }
        Connection holder = dataSource.getConnection();
        try {
            holder.setAutoCommit(false);
            TransactionLocks.lock(dataSource, dialect, holder, LOCK_NAME);
            return holder;
        } catch (SQLException | RuntimeException e) {
            holder.close();
            throw e;
        }
    }

    private static void unlock(Connection c, Connection lockHolder) throws SQLException {
        if (lockHolder != null) {
            lockHolder.rollback();
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
        }
    }

    /**
     * Creates the history table unless it is there. Asked first: in central mode each user signs
     * in with their own login, which may not create tables (PostgreSQL checks that right even for
     * {@code CREATE TABLE IF NOT EXISTS} of a table that exists).
     */
    private static void createHistory(Connection c) throws SQLException {
        String schema = c.getSchema();
        try (ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (HISTORY.equalsIgnoreCase(tables.getString("TABLE_NAME"))
                        && (schema == null || schema.equalsIgnoreCase(tables.getString("TABLE_SCHEM")))) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (owner VARCHAR(100) NOT NULL,"
                    + " version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                    + " script VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL, execution_ms INTEGER NOT NULL,"
                    + " PRIMARY KEY (owner, version))");
        }
    }

    private static Map<Integer, Applied> applied(Connection c, String owner) throws SQLException {
        Map<Integer, Applied> applied = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version, script, checksum FROM " + HISTORY + " WHERE owner = ?")) {
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), new Applied(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return applied;
    }

    private static void apply(Connection c, String owner, Migration m) throws MigrationException, SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try {
            for (SqlScript.Statement statement : SqlScript.split(m.sql())) {
                try (Statement s = c.createStatement()) {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    throw new MigrationException(owner, m.fileName(), "owner '" + owner + "': migration version "
                            + m.version() + " (" + m.fileName() + ") failed at line " + statement.line() + ": "
                            + e.getMessage(), e);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + HISTORY
                    + " (owner, version, description, script, checksum, applied_at, execution_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, owner);
                s.setInt(2, m.version());
                s.setString(3, m.description());
                s.setString(4, m.fileName());
                s.setString(5, m.checksum());
                s.setTimestamp(6, Timestamp.from(Instant.now()));
                s.setInt(7, (int) ((System.nanoTime() - start) / 1_000_000));
                s.executeUpdate();
            }
            c.commit();
        } catch (MigrationException | SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
