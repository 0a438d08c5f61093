package kz.aimaq.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.AuditEntry;

class AuditFileTest {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void appendedEntriesReadBackOldestFirst() {
        AuditFile file = new AuditFile(folder.resolve("data/audit.jsonl"), warnings::add);
        AuditEntry first = new AuditEntry(Instant.parse("2026-11-23T10:00:00Z"), "aigerim", "module.enable",
                "readiness@190000000", "", "190000000");
        AuditEntry second = new AuditEntry(Instant.parse("2026-11-23T10:05:00Z"), "aigerim", "module.disable",
                "readiness@190000000", "190000000", "");
        file.append(first);
        file.append(second);
        assertEquals(List.of(first, second), file.entries());
    }

    @Test
    void appendingNeverRewritesEarlierLines() throws Exception {
        AuditFile file = new AuditFile(folder.resolve("audit.jsonl"), warnings::add);
        file.append(new AuditEntry(Instant.parse("2026-11-23T10:00:00Z"), "u", "a", "t", "b", "c"));
        byte[] before = Files.readAllBytes(file.file());
        file.append(new AuditEntry(Instant.parse("2026-11-23T11:00:00Z"), "u", "a2", "t2", "қазақ", "русский"));
        byte[] after = Files.readAllBytes(file.file());
        assertTrue(after.length > before.length);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], "byte " + i + " of the old content changed");
        }
        assertEquals(2, Files.readAllLines(file.file()).size());
        assertEquals("қазақ", file.entries().get(1).before());
    }

    @Test
    void aLineCutShortIsSkippedNamedAndNotJoinedToTheNextEntry() throws Exception {
        AuditFile file = new AuditFile(folder.resolve("audit.jsonl"), warnings::add);
        file.append(new AuditEntry(Instant.parse("2026-11-23T10:00:00Z"), "u", "a", "t", "", ""));
        Files.writeString(file.file(), "{\"when\":\"2026-11-23T10:0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        file.append(new AuditEntry(Instant.parse("2026-11-23T12:00:00Z"), "u", "after-crash", "t", "", ""));
        List<AuditEntry> entries = file.entries();
        assertEquals(List.of("a", "after-crash"), entries.stream().map(AuditEntry::action).toList());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(file.file() + ":2: "), warnings.get(0));
    }

    @Test
    void aMissingFileHasNoEntries() {
        assertTrue(new AuditFile(folder.resolve("none.jsonl"), warnings::add).entries().isEmpty());
    }
}
