package kz.aimaq.registry.internal;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.AuditLog;

/** The best audit log available now: the shared database's once it is there, the local file's before. */
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
    public AuditEntry append(Connection transaction, String action, String target, String before, String after) {
        return target().append(transaction, action, target, before, after);
    }

    @Override
    public AuditEntry refused(String action, String target, String reason) {
        return target().refused(action, target, reason);
    }

    @Override
    public List<AuditEntry> entries(AuditQuery query) {
        return target().entries(query);
    }

    @Override
    public AuditCheck verify() {
        return target().verify();
    }

    @Override
    public List<AuditEntry> entries() {
        return target().entries();
    }
}
