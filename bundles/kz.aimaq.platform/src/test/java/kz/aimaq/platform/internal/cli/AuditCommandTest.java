package kz.aimaq.platform.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

class AuditCommandTest {

    /** Entries in memory; its chain check reports what the test sets, as the database's does on a tampered table. */
    private static final class Log implements AuditLog {
        final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
        AuditCheck check = AuditCheck.intact(0);

        @Override
        public AuditEntry append(String action, String target, String before, String after) {
            AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.parse("2026-12-01T10:00:00Z"), "aigerim",
                    action, target, before, after, AuditEntry.Outcome.DONE, "h");
            entries.add(entry);
            return entry;
        }

        @Override
        public AuditEntry refused(String action, String target, String reason) {
            AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.parse("2026-12-02T10:00:00Z"), "dana",
                    action, target, "", reason, AuditEntry.Outcome.REFUSED, "h");
            entries.add(entry);
            return entry;
        }

        @Override
        public List<AuditEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public AuditCheck verify() {
            return check;
        }
    }

    private final Log log = new Log();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String role, String... arguments) throws InterruptedException {
        UserContext user = new TestUser("aigerim", TestRegions.ASTANA, Languages.ENGLISH, role);
        return new AuditCommand(() -> log, user).run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void verifyNamesTheFirstBrokenEntry() throws InterruptedException {
        log.check = new AuditCheck(6, 7, "entry 7 was altered: its content no longer matches its hash");
        assertEquals(1, run(UserContext.ROLE_NATIONAL_ADMIN, "verify"));
        assertEquals("audit log BROKEN at entry 7: entry 7 was altered: its content no longer matches its hash (6"
                + " entries before it are intact)", err.toString(StandardCharsets.UTF_8).trim());

        log.check = AuditCheck.intact(12);
        out.reset();
        assertEquals(0, run(UserContext.ROLE_NATIONAL_ADMIN, "verify"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("intact: 12 entries"));
    }

    @Test
    void theListFiltersAndMarksRefusals() throws InterruptedException {
        log.append("registry.unit.update", "351600000", "a", "b");
        log.refused("module.enable", "example@190000000", "not an administrator");
        assertEquals(0, run(UserContext.ROLE_NATIONAL_ADMIN, "--action", "module.", "--from", "2026-12-02"));
        String listed = out.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("REFUSED module.enable"), listed);
        assertTrue(!listed.contains("351600000"), listed);
        assertEquals(2, run(UserContext.ROLE_NATIONAL_ADMIN, "--from", "yesterday"));
    }

    @Test
    void aRegionalAdminReadsOnlyTheEntriesOfTheirRegion() throws InterruptedException {
        log.append("registry.unit.update", "351600000", "Karaganda", "renamed");
        log.append("module.enable", "example@710000000", "", "710000000");
        log.append("trust.add", "CN=Example Vendor", "", "sha256=ab");
        log.append("user.save", "astana_clerk", "", "roles=registry-editor scope=711000000");
        log.append("tax.import", "900101300001", "", "an IIN is no unit");
        assertEquals(0, run(UserContext.ROLE_REGIONAL_ADMIN));
        String listed = out.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("example@710000000") && listed.contains("astana_clerk"), listed);
        assertTrue(!listed.contains("351600000") && !listed.contains("CN=Example") && !listed.contains("900101300001"),
                listed);
        out.reset();
        assertEquals(0, run(UserContext.ROLE_NATIONAL_ADMIN));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("351600000"), "a national admin reads everything");
    }

    @Test
    void anAnalystMayNotReadTheAuditAndTheAttemptIsAudited() throws InterruptedException {
        assertEquals(1, run(UserContext.ROLE_ANALYST, "verify"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none of the roles [analyst]"));
        assertEquals("audit.verify", log.entries().get(0).action());
        assertTrue(log.entries().get(0).refused());
    }
}
