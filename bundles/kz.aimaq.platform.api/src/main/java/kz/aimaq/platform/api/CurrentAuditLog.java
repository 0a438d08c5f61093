package kz.aimaq.platform.api;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The best audit log a module's component has now, for a component that holds one audit log
 * and binds the better one as it comes (a greedy reference: the database's log, ranked above
 * the file that holds entries while the database is away). Its bind method calls
 * {@link #use}, its unbind method {@link #drop}. Without any log a change is refused with
 * {@link IllegalStateException}: it could not be recorded, so it is not made.
 *
 * <p>Not final only so that a module may keep it under its own package's name; it adds nothing
 * to extend.
 *
 * @since 1.2
 */
public class CurrentAuditLog implements AuditLog {

    private final AtomicReference<AuditLog> current = new AtomicReference<>();

    /** Writes to {@code log} from now on, in place of the one before. */
    public final void use(AuditLog log) {
        current.set(log);
    }

    /** Stops writing to {@code log}, unless another log has replaced it already. */
    public final void drop(AuditLog log) {
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
    public final AuditEntry append(String action, String target, String before, String after) {
        return target().append(action, target, before, after);
    }

    @Override
    public final AuditEntry append(Connection transaction, String action, String target, String before, String after) {
        return target().append(transaction, action, target, before, after);
    }

    @Override
    public final AuditEntry refused(String action, String target, String reason) {
        return target().refused(action, target, reason);
    }

    @Override
    public final List<AuditEntry> entries() {
        return target().entries();
    }

    @Override
    public final List<AuditEntry> entries(AuditQuery query) {
        return target().entries(query);
    }

    @Override
    public final AuditCheck verify() {
        return target().verify();
    }
}
