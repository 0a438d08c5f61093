package kz.aimaq.storage.internal.platform;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;
import kz.aimaq.storage.api.Migrations;

/**
 * The region policy and the audit log in the database, so that in central mode every desktop
 * shares them. Ranked above the platform's file audit log; present only while the database
 * is, so the platform falls back to its files when storage is down or not running.
 */
@Component(service = { RegionPolicyStore.class, AuditLog.class },
        property = Constants.SERVICE_RANKING + ":Integer=100")
public final class DatabasePlatformStore implements RegionPolicyStore, AuditLog {

    private final PlatformTables tables;
    private final UserContext user;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DatabasePlatformStore(BundleContext context, @Reference Database database, @Reference UserContext user)
            throws MigrationException {
        this(database, Migrations.fromBundle(context.getBundle(), PlatformTables.MIGRATIONS), user,
                Clock.systemUTC());
    }

    DatabasePlatformStore(Database database, List<Migration> migrations, UserContext user,
            Clock clock) throws MigrationException {
        database.migrate(PlatformTables.OWNER, migrations);
        this.tables = new PlatformTables(database.dataSource(), clock);
        this.user = user;
    }

    @Override
    public Optional<Map<String, Set<String>>> load() throws PolicyException {
        try {
            return tables.loadPolicy();
        } catch (SQLException e) {
            throw PlatformTables.policyProblem("read", e);
        }
    }

    @Override
    public void save(Map<String, Set<String>> modules) throws PolicyException {
        try {
            tables.savePolicy(modules);
        } catch (SQLException e) {
            throw PlatformTables.policyProblem("saved", e);
        }
    }

    @Override
    public AuditEntry append(String action, String target, String before, String after) {
        AuditEntry entry;
        try {
            entry = tables.append(user.user(), action, target, before, after);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit entry " + action + " " + target
                    + " could not be written to the database (table audit_log): " + e.getMessage(), e);
        }
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            eventAdmin.postEvent(new Event(Topics.AUDIT_APPENDED, Map.of("action", action)));
        }
        return entry;
    }

    @Override
    public List<AuditEntry> entries() {
        try {
            return tables.entries();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read from the database (table audit_log): "
                    + e.getMessage(), e);
        }
    }
}
