package kz.aimaq.storage.internal.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditEntry.Outcome;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;
import kz.aimaq.storage.api.Migrations;

/**
 * The region policy and the installation's one audit log in the database, so that in central
 * mode every desktop shares them. The log is hash-chained ({@link AuditChain}); at start it
 * takes in the entries earlier versions kept in {@code audit_log} and {@code audit.jsonl}.
 * Ranked above the platform's file log, which only holds entries while no database is reachable.
 */
@Component(service = { RegionPolicyStore.class, AuditLog.class },
        property = Constants.SERVICE_RANKING + ":Integer=100")
public final class DatabasePlatformStore implements RegionPolicyStore, AuditLog {

    /** Framework property of the user's data folder ({@code LaunchProperties.DATA}). */
    private static final String DATA_PROPERTY = "aimaq.data";

    private final PlatformTables tables;
    private final UserContext user;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DatabasePlatformStore(BundleContext context, @Reference Database database, @Reference UserContext user,
            @Reference(service = LoggerFactory.class) Logger logger) throws MigrationException, SQLException {
        this(database, Migrations.fromBundle(context.getBundle(), PlatformTables.MIGRATIONS), user,
                Clock.systemUTC(), dataFolder(context), logger::info);
    }

    public DatabasePlatformStore(Database database, List<Migration> migrations, UserContext user, Clock clock,
            Path dataFolder, Consumer<String> notices) throws MigrationException, SQLException {
        database.migrate(PlatformTables.OWNER, migrations);
        this.tables = new PlatformTables(database.dataSource(), clock);
        this.user = user;
        LegacyAudit.migrate(database.dataSource(), dataFolder, notices);
    }

    private static Path dataFolder(BundleContext context) {
        String data = context.getProperty(DATA_PROPERTY);
        return data == null || data.isBlank() ? null : Path.of(data);
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
        try {
            return posted(tables.append(user.user(), action, target, before, after, Outcome.DONE));
        } catch (SQLException e) {
            throw notWritten(action, target, e);
        }
    }

    @Override
    public AuditEntry append(Connection transaction, String action, String target, String before, String after) {
        try {
            // Posted before the caller commits; a listener that reads finds the entry once it is committed.
            return posted(tables.append(transaction, user.user(), action, target, before, after));
        } catch (SQLException e) {
            throw notWritten(action, target, e);
        }
    }

    @Override
    public AuditEntry refused(String action, String target, String reason) {
        try {
            return posted(tables.append(user.user(), action, target, "", reason, Outcome.REFUSED));
        } catch (SQLException e) {
            throw notWritten(action, target, e);
        }
    }

    private static IllegalStateException notWritten(String action, String target, SQLException e) {
        return new IllegalStateException("the audit entry " + action + " " + target
                + " could not be written to the database (table audit_entry): " + e.getMessage(), e);
    }

    private AuditEntry posted(AuditEntry entry) {
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            eventAdmin.postEvent(new Event(Topics.AUDIT_APPENDED, Map.of("action", entry.action())));
        }
        return entry;
    }

    @Override
    public List<AuditEntry> entries() {
        return entries(AuditQuery.ALL);
    }

    @Override
    public List<AuditEntry> entries(AuditQuery query) {
        try {
            return tables.entries(query);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read from the database (table audit_entry): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public AuditCheck verify() {
        try {
            return tables.verify();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read from the database (table audit_entry): "
                    + e.getMessage(), e);
        }
    }
}
