package kz.aimaq.storage.internal.platform;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.storage.api.Database;

/**
 * {@code central secure [group-role]}: sets up what PostgreSQL enforces in central mode
 * ({@link CentralSecurity}); run by a national administrator signed in as the schema's owner,
 * once after installing and again after each upgrade. Only in central mode.
 */
@Component(property = { CliCommand.NAME + "=central", CliCommand.USAGE + "=central secure [group-role]" })
public final class CentralSecurityCommand implements CliCommand {

    private static final String DEFAULT_GROUP = "aimaq_app";
    /** PostgreSQL's SQLSTATE for a transaction cancelled to break a deadlock. */
    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 5;

    private final Database database;
    private final UserContext user;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    @Activate
    public CentralSecurityCommand(@Reference(target = "(" + Database.MODE + "=central)") Database database,
            @Reference UserContext user) {
        this.database = database;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || !"secure".equals(arguments.get(0)) || arguments.size() > 2) {
            err.println("usage: central secure [group-role]");
            return 2;
        }
        String group = arguments.size() == 2 ? arguments.get(1) : DEFAULT_GROUP;
        try {
            user.require(Right.MANAGE_USERS, null);
        } catch (AccessDeniedException e) {
            audit.refused("central.secure", group, e.getMessage());
            err.println(e.getMessage());
            return 1;
        }
        try (Connection c = database.dataSource().getConnection()) {
            applyRetryingDeadlocks(c, group);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("central secure: interrupted; nothing was changed");
            return 1;
        } catch (SQLException | IllegalArgumentException e) {
            err.println("central secure: " + e.getMessage() + " (run it signed in as the owner of the schema, with the"
                    + " right to create roles)");
            return 1;
        }
        audit.append("central.secure", group, "", "append-only audit, row-level security by region scope");
        out.println("central mode secured: members of " + group + " read everything, write only inside their scope,"
                + " and cannot rewrite the audit log. Add each user with their own login in Administration > Users or"
                + " with 'users add LOGIN --roles ROLE --scope KATO' (the password is typed, stored as SCRAM).");
        return 0;
    }

    /**
     * Altering the tables takes their strongest lock, one by one, while a module of this very
     * process may be seeding or migrating the same tables on its own thread (a first start does):
     * PostgreSQL then breaks the deadlock by cancelling one side. Everything is one transaction,
     * rolled back when cancelled, so it is simply tried again.
     */
    private static void applyRetryingDeadlocks(Connection c, String group) throws SQLException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                CentralSecurity.apply(c, group);
                return;
            } catch (SQLException e) {
                if (!DEADLOCK.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(500L * attempt);
            }
        }
    }
}
