package kz.aimaq.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CurrentAuditLogTest {

    private final CurrentAuditLog current = new CurrentAuditLog();
    private final Kept file = new Kept("file");
    private final Kept database = new Kept("database");

    @Test
    void withoutALogAChangeIsRefusedBecauseItCouldNotBeRecorded() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> current.append("unit.rename", "191000000", "a", "b"));
        assertEquals("no audit log: a change cannot be recorded, so it is not made", e.getMessage());
    }

    @Test
    void theBetterLogReplacesTheFileAndTheFilesLateUnbindLeavesIt() {
        current.use(file);
        current.append("unit.rename", "191000000", "a", "b");
        current.use(database);
        current.drop(file);
        current.refused("unit.rename", "191000000", "out of scope");

        assertEquals(List.of("unit.rename"), file.actions);
        assertEquals(List.of("REFUSED unit.rename"), database.actions, "refusals reach the log's own refused()");
        assertEquals(database.entries(), current.entries());
    }

    @Test
    void droppingTheLogInUseLeavesNone() {
        current.use(database);
        current.drop(database);
        assertThrows(IllegalStateException.class, current::entries);
    }

    /** A log that keeps what it is told in memory. */
    private static final class Kept implements AuditLog {

        final String name;
        final List<String> actions = new ArrayList<>();
        final List<AuditEntry> entries = new ArrayList<>();

        Kept(String name) {
            this.name = name;
        }

        @Override
        public AuditEntry append(String action, String target, String before, String after) {
            actions.add(action);
            AuditEntry entry = new AuditEntry(Instant.EPOCH, name, action, target, before, after);
            entries.add(entry);
            return entry;
        }

        @Override
        public AuditEntry refused(String action, String target, String reason) {
            actions.add("REFUSED " + action);
            AuditEntry entry = new AuditEntry(0, Instant.EPOCH, name, action, target, "", reason,
                    AuditEntry.Outcome.REFUSED, "");
            entries.add(entry);
            return entry;
        }

        @Override
        public List<AuditEntry> entries() {
            return List.copyOf(entries);
        }
    }
}
