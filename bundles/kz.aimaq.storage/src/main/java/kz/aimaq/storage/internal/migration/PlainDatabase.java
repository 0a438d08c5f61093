package kz.aimaq.storage.internal.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;

/** {@link Database} over a given data source; the migration work is {@link MigrationRunner}'s. */
public final class PlainDatabase implements Database {

    private final DataSource dataSource;
    private final Dialect dialect;

    public PlainDatabase(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public List<Migration> migrate(String owner, List<Migration> migrations) throws MigrationException {
        return new MigrationRunner(dataSource, dialect).migrate(owner, migrations);
    }

    @Override
    public void lock(Connection transaction, String name) throws SQLException {
        TransactionLocks.lock(dataSource, dialect, transaction, name);
    }
}
