package kz.aimaq.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.jdbc.DataSourceFactory;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.SignIn;

/**
 * Central mode's sign-in: each user connects with their own PostgreSQL login, which the server
 * checks (SCRAM); the login must then have an entry in {@code app_user}. The one exception is
 * the installer: the owner of the schema may sign in while no national administrator exists
 * yet, to run the migrations and {@code central secure} and become the first one. Wrong
 * passwords and logins without an entry are refused and audited (the audit log in use then is
 * the file one; the database's takes its entries in once someone has signed in). The password
 * goes to the driver only: it is in no message, log or field here.
 */
final class CentralSignIn implements SignIn {

    /** SQLSTATEs of a refused login: invalid_password, invalid_authorization_specification. */
    private static final java.util.Set<String> REFUSED_LOGIN = java.util.Set.of("28P01", "28000");

    private final ConnectionSettings settings;
    private final Supplier<DataSourceFactory> factory;
    private final Supplier<AuditLog> audit;
    private final Consumer<DataSource> signedIn;

    /**
     * @param factory  the PostgreSQL driver's factory, {@code null} while it is not there
     * @param audit    the audit log in use, {@code null} if none
     * @param signedIn takes the data source of the login that signed in
     */
    CentralSignIn(ConnectionSettings settings, Supplier<DataSourceFactory> factory, Supplier<AuditLog> audit,
            Consumer<DataSource> signedIn) {
        this.settings = settings;
        this.factory = factory;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    @Override
    public String server() {
        return settings.server().toString();
    }

    @Override
    public Result signIn(String login, char[] password) {
        String name = login == null ? "" : login.strip();
        if (name.isEmpty() || password == null || password.length == 0) {
            return new Result(Outcome.WRONG_PASSWORD, "");
        }
        DataSourceFactory driver = factory.get();
        if (driver == null) {
            return new Result(Outcome.UNREACHABLE, "the JDBC driver " + settings.dialect().driverClass()
                    + " is not started");
        }
        String secret = new String(password);
        DataSource dataSource;
        boolean admitted;
        try {
            dataSource = driver.createDataSource(settings.dataSourceProperties(name, secret));
            try (Connection c = dataSource.getConnection()) {
                admitted = hasEntry(c) || isInstaller(c);
            }
        } catch (SQLException e) {
            if (REFUSED_LOGIN.contains(e.getSQLState())) {
                refused(name, "the database refused the login or its password");
                return new Result(Outcome.WRONG_PASSWORD, "");
            }
            return new Result(Outcome.UNREACHABLE, ConnectionSettings.redact(String.valueOf(e.getMessage()), secret));
        }
        if (!admitted) {
            refused(name, "the login has no entry in the users table (app_user)");
            return new Result(Outcome.NOT_A_USER, "");
        }
        signedIn.accept(dataSource);
        return new Result(Outcome.SIGNED_IN, "");
    }

    private void refused(String login, String reason) {
        AuditLog log = audit.get();
        if (log != null) {
            log.refused("user.signin", login, reason);
        }
    }

    private static boolean hasEntry(Connection c) throws SQLException {
        return bool(c, "SELECT EXISTS (SELECT 1 FROM app_user WHERE login = session_user)", false);
    }

    /**
     * The schema's owner while no national administrator exists (a new installation, or the
     * users table not created yet): the one who installs.
     */
    private static boolean isInstaller(Connection c) throws SQLException {
        boolean owner = bool(c, "SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') FROM pg_namespace n"
                + " WHERE n.nspname = current_schema()", false);
        return owner && !bool(c, "SELECT EXISTS (SELECT 1 FROM app_user WHERE roles ~ '(^|,)national-admin(,|$)')",
                false);
    }

    /** The query's one boolean; {@code missing} when a table it reads does not exist yet. */
    private static boolean bool(Connection c, String sql, boolean missing) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return missing;
            }
            throw e;
        }
    }
}
