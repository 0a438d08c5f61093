package kz.aimaq.platform.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;

/** An audit log in memory that counts how often it is read. */
final class FakeAuditLog implements AuditLog {

    final AtomicInteger reads = new AtomicInteger();
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry append(String action, String target, String before, String after) {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-23T08:00:00Z").plusSeconds(60L * entries.size()),
                "aigerim", action, target, before, after);
        entries.add(entry);
        return entry;
    }

    @Override
    public List<AuditEntry> entries() {
        reads.incrementAndGet();
        return List.copyOf(entries);
    }
}
