package kz.aimaq.storage.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

import kz.aimaq.storage.internal.migration.PlainDatabase;

/**
 * The database of the workbench. Registered as a service once the configured database is
 * reachable; absent while it is not (the workbench keeps running, see {@link #TOPIC_UNAVAILABLE}).
 * Each bundle owns its tables and migrates them at start with {@link #migrate}.
 */
@ProviderType
public interface Database {

    /** Service property: {@code embedded} or {@code central}. */
    String MODE = "aimaq.storage.mode";

    /**
     * EventAdmin topic posted when the configured database cannot be reached; properties
     * {@code message} (English, says what to fix) and {@code url} (without password).
     */
    String TOPIC_UNAVAILABLE = "kz/aimaq/storage/UNAVAILABLE";

    /** EventAdmin topic posted when the database became available; property {@code url}. */
    String TOPIC_AVAILABLE = "kz/aimaq/storage/AVAILABLE";

    DataSource dataSource();

    Dialect dialect();

    /**
     * Applies the owner's pending migrations in version order, each in its own transaction,
     * and records them in the history table {@code aimaq_schema_history}. Everything is
     * checked before anything runs: a script that was applied and has changed since, an
     * applied version that is no longer shipped, a duplicate version or a new version older
     * than an applied one refuses the whole set.
     *
     * @param owner      the owning bundle's short name, e.g. {@code registry}
     * @param migrations the owner's scripts, in any order
     * @return the migrations applied now, in order (empty when the schema was current)
     * @throws MigrationException naming owner, version and file of what was refused or failed
     */
    List<Migration> migrate(String owner, List<Migration> migrations) throws MigrationException;

    /**
     * Takes the database-wide lock {@code name} inside the transaction of {@code transaction}
     * and holds it until that transaction commits or rolls back (or its connection is lost).
     * Every process on the database that asks for the same name meanwhile waits: a first start
     * checks whether the shared data is there and writes it under this lock, so that of two
     * desktops starting at once exactly one writes it.
     *
     * @param transaction a connection with auto-commit off
     * @param name        what is locked, e.g. {@code registry.seed}
     * @throws SQLException when the lock cannot be taken, or auto-commit is on
     */
    void lock(Connection transaction, String name) throws SQLException;

    /**
     * A database over a data source, for tests and tools that run without a framework.
     * Migrations run exactly as in the service.
     */
    static Database of(DataSource dataSource, Dialect dialect) {
        return new PlainDatabase(dataSource, dialect);
    }
}
