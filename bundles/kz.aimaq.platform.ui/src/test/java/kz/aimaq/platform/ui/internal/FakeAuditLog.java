package kz.aimaq.platform.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;

/** An audit log in memory that counts how often it is read; its chain check reports what a test sets. */
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

    /** What {@link #verify()} reports; a test sets it to a broken chain. */
    volatile AuditCheck check = AuditCheck.intact(0);

    @Override
    public AuditEntry refused(String action, String target, String reason) {
        AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.parse("2026-11-23T08:00:00Z")
                .plusSeconds(60L * entries.size()), "dana", action, target, "", reason, AuditEntry.Outcome.REFUSED,
                "");
        entries.add(entry);
        return entry;
    }

    @Override
    public AuditCheck verify() {
        return check;
    }

    @Override
    public List<AuditEntry> entries() {
        reads.incrementAndGet();
        return List.copyOf(entries);
    }
}
