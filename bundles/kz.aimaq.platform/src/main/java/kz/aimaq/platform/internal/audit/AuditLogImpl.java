package kz.aimaq.platform.internal.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.internal.Framework;

/**
 * The audit log while no database is reachable: entries wait in {@code <data>/audit.jsonl}
 * until the storage bundle moves them into the database's hash-chained log, which is ranked
 * above this one.
 */
@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {

    private final AuditFile file;
    private final UserContext user;
    private final Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public AuditLogImpl(BundleContext context, @Reference UserContext user,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.user = user;
        this.file = new AuditFile(Framework.folder(context, LaunchProperties.DATA).resolve("audit.jsonl"), logger::warn);
    }

    /** Outside a framework (tests): the file given. */
    public AuditLogImpl(Path file, UserContext user) {
        this.user = user;
        this.file = new AuditFile(file, w -> { });
    }

    @Override
    public AuditEntry append(String action, String target, String before, String after) {
        return write(new AuditEntry(clock.instant(), user.user(), action, target, before, after));
    }

    @Override
    public AuditEntry refused(String action, String target, String reason) {
        return write(new AuditEntry(0, clock.instant(), user.user(), action, target, "", reason,
                AuditEntry.Outcome.REFUSED, ""));
    }

    private AuditEntry write(AuditEntry entry) {
        file.append(entry);
        Framework.post(events, Topics.AUDIT_APPENDED, Map.of("action", entry.action()));
        return entry;
    }

    @Override
    public List<AuditEntry> entries() {
        return file.entries();
    }
}
