package kz.aimaq.testing;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;

/** Keeps audit entries in memory for assertions: changes and refusals, in the order they came. */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry append(String action, String target, String before, String after) {
        AuditEntry entry = new AuditEntry(Instant.now(), "test", action, target, before, after);
        entries.add(entry);
        return entry;
    }

    /** Recorded at once: these tests check what is audited; the storage tests check the transaction. */
    @Override
    public AuditEntry append(Connection transaction, String action, String target, String before, String after) {
        return append(action, target, before, after);
    }

    @Override
    public AuditEntry refused(String action, String target, String reason) {
        AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.now(), "test", action, target, "", reason,
                AuditEntry.Outcome.REFUSED, "");
        entries.add(entry);
        return entry;
    }

    public List<AuditEntry> changes() {
        return entries.stream().filter(e -> !e.refused()).toList();
    }

    public List<AuditEntry> refusals() {
        return entries.stream().filter(AuditEntry::refused).toList();
    }

    @Override
    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
