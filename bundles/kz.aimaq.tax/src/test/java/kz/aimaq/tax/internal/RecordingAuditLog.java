package kz.aimaq.tax.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;

/** Keeps audit entries in memory for assertions. */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry append(String action, String target, String before, String after) {
        AuditEntry entry = new AuditEntry(Instant.now(), "test", action, target, before, after);
        entries.add(entry);
        return entry;
    }

    @Override
    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
