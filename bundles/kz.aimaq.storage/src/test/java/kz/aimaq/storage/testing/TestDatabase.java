package kz.aimaq.storage.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;

/**
 * A throw-away database for one test: H2 in memory, or a fresh schema on the PostgreSQL
 * server named by {@value #PG_URL_VARIABLE}, dropped on {@link #close()} so runs repeat.
 * Without that variable the server .ci/postgres.sh sets up is used; when no server answers,
 * PostgreSQL tests are skipped, except under CI ({@code CI=true}), where they fail: CI must
 * prove both databases.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL_VARIABLE = "AIMAQ_TEST_PG_URL";

    /** The server and database that .ci/postgres.sh sets up. */
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://localhost:5432/aimaq_test?user=aimaq&password=aimaq";

    private final Database database;
    private final String cleanUp;

    private TestDatabase(Database database, String cleanUp) {
        this.database = database;
        this.cleanUp = cleanUp;
    }

    public static TestDatabase h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return new TestDatabase(Database.of(dataSource, Dialect.H2), "SHUTDOWN");
    }

    public static TestDatabase postgres() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = DEFAULT_PG_URL;
        }
        PGSimpleDataSource probe = new PGSimpleDataSource();
        probe.setURL(url);
        try (Connection c = probe.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            String why = "no PostgreSQL server at " + probe.getServerNames()[0] + ":" + probe.getPortNumbers()[0] + "/"
                    + probe.getDatabaseName() + " (" + e.getMessage() + "): run .ci/postgres.sh, or set "
                    + PG_URL_VARIABLE;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("under CI the PostgreSQL tests must run: " + why);
            }
            assumeTrue(false, "PostgreSQL tests skipped: " + why);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        execute(dataSource, "CREATE SCHEMA " + schema);
        dataSource.setCurrentSchema(schema);
        return new TestDatabase(Database.of(dataSource, Dialect.POSTGRESQL), "DROP SCHEMA " + schema + " CASCADE");
    }

    public Database database() {
        return database;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public void close() {
        execute(database.dataSource(), cleanUp);
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
