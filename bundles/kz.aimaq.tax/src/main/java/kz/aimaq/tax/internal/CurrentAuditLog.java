package kz.aimaq.tax.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;

/**
 * The best audit log available now (the database's once it is there, the platform's file log
 * before); without any, a change is not made because it could not be recorded.
 */
final class CurrentAuditLog implements AuditLog {

    private final AtomicReference<AuditLog> current = new AtomicReference<>();

    void use(AuditLog log) {
        current.set(log);
    }

    void drop(AuditLog log) {
        current.compareAndSet(log, null);
    }

    private AuditLog target() {
        AuditLog log = current.get();
        if (log == null) {
            throw new IllegalStateException("no audit log: a change cannot be recorded, so it is not made");
        }
        return log;
    }

    @Override
    public AuditEntry append(String action, String target, String before, String after) {
        return target().append(action, target, before, after);
    }

    @Override
    public List<AuditEntry> entries() {
        return target().entries();
    }
}
