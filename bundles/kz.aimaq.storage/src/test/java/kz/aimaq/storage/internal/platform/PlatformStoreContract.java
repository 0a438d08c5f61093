package kz.aimaq.storage.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;

/** The database-backed region policy and the hash-chained audit log, on H2 and PostgreSQL. */
abstract class PlatformStoreContract {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    @TempDir
    Path data;

    private TestDatabase db;
    private DatabasePlatformStore store;
    private final List<String> notices = new ArrayList<>();

    abstract TestDatabase open();

    /** A national administrator working in Astana. */
    private record Admin() implements UserContext {
        @Override
        public String user() {
            return "aigerim";
        }

        @Override
        public Set<String> roles() {
            return Set.of(ROLE_NATIONAL_ADMIN);
        }

        @Override
        public Region region() {
            return new Region("710000000", "Астана", "Астана", "Astana");
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public void setLocale(Locale locale) {
            throw new UnsupportedOperationException("fixed in tests");
        }
    }

    private DatabasePlatformStore openStore() throws Exception {
        return new DatabasePlatformStore(db.database(), migrations(), new Admin(), Clock.fixed(NOW, ZoneOffset.UTC),
                data, notices::add);
    }

    private List<Migration> migrations() {
        return Migrations.fromClassLoader(getClass().getClassLoader(), PlatformTables.MIGRATIONS);
    }

    @BeforeEach
    void create() throws Exception {
        db = open();
        store = openStore();
    }

    @AfterEach
    void drop() {
        // null when the PostgreSQL variant was skipped for want of a server
        if (db != null) {
            db.close();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void aNewDatabaseHasNoPolicyYet() throws Exception {
        assertEquals(Optional.empty(), store.load());
    }

    @Test
    void aSavedPolicyReadsBackWholeAndAnEmptyOneIsNotANewInstallation() throws Exception {
        Map<String, Set<String>> policy = Map.of("readiness", Set.of("190000000", "710000000"), "tax",
                RegionPolicyStore.ALL);
        store.save(policy);
        assertEquals(Optional.of(policy), openStore().load());

        store.save(Map.of("readiness", Set.of("190000000")));
        assertEquals(Optional.of(Map.of("readiness", Set.of("190000000"))), store.load());

        store.save(Map.of());
        assertEquals(Optional.of(Map.of()), store.load());
    }

    @Test
    void auditEntriesKeepWhoWhenBeforeAndAfterInOrderEachChainedToTheOneBefore() throws Exception {
        AuditEntry first = store.append("module.enable", "readiness@190000000", "710000000", "190000000,710000000");
        AuditEntry second = store.refused("module.disable", "tax@710000000", "not an administrator");

        List<AuditEntry> entries = openStore().entries();

        assertEquals(List.of(first, second), entries);
        assertEquals(1, first.sequence());
        assertEquals(2, second.sequence());
        assertEquals(NOW, first.when());
        assertEquals("aigerim", second.user());
        assertEquals(AuditEntry.Outcome.DONE, first.outcome());
        assertEquals(AuditEntry.Outcome.REFUSED, second.outcome());
        assertEquals("not an administrator", second.after());
        assertEquals(AuditChain.hash(first, ""), first.hash());
        assertEquals(AuditChain.hash(second, first.hash()), second.hash());
        assertEquals(AuditCheck.intact(2), store.verify());
    }

    @Test
    void anEntryWrittenInTheCallersTransactionIsRolledBackWithIt() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            store.append(c, "registry.unit.update", "351600000", "a", "b");
            c.rollback();
            store.append(c, "registry.unit.update", "351600000", "a", "c");
            c.commit();
        }
        List<AuditEntry> entries = store.entries();
        assertEquals(1, entries.size());
        assertEquals("c", entries.get(0).after());
        assertEquals(1, entries.get(0).sequence(), "the rolled-back entry left no gap");
        assertTrue(store.verify().isIntact());
    }

    private void tenEntries() {
        for (int i = 1; i <= 10; i++) {
            store.append("registry.unit.update", "35160" + i + "000", "before " + i, "after " + i);
        }
        assertEquals(AuditCheck.intact(10), store.verify());
    }

    @Test
    void verifyNamesAnAlteredEntry() throws Exception {
        tenEntries();
        sql("UPDATE audit_entry SET user_name = 'someone' WHERE seq = 4");
        sql("UPDATE audit_entry SET after_state = 'x' WHERE seq = 7");
        AuditCheck check = store.verify();
        assertEquals(4, check.firstBroken());
        assertEquals(3, check.checked());
        assertTrue(check.problem().startsWith("entry 4 was altered"), check.problem());
    }

    @Test
    void verifyNamesAnEntryThatWasAlteredAndRehashedByTheOneAfterIt() throws Exception {
        tenEntries();
        AuditEntry fifth = store.entries().get(4);
        AuditEntry forged = new AuditEntry(5, fifth.when(), "someone", fifth.action(), fifth.target(), fifth.before(),
                fifth.after(), fifth.outcome(), "");
        sql("UPDATE audit_entry SET user_name = 'someone', entry_hash = '"
                + AuditChain.hash(forged, store.entries().get(3).hash()) + "' WHERE seq = 5");
        AuditCheck check = store.verify();
        assertEquals(6, check.firstBroken());
        assertTrue(check.problem().contains("entry 5 was altered and rehashed"), check.problem());
    }

    @Test
    void verifyNamesARemovedEntryAndRemovedLastEntries() throws Exception {
        tenEntries();
        sql("DELETE FROM audit_entry WHERE seq = 9 OR seq = 10");
        AuditCheck end = store.verify();
        assertEquals(9, end.firstBroken());
        assertTrue(end.problem().contains("entry 9 to 10 removed from the end"), end.problem());

        sql("DELETE FROM audit_entry WHERE seq = 3");
        AuditCheck middle = store.verify();
        assertEquals(3, middle.firstBroken());
        assertEquals("entry 3 was removed: entry 2 is followed by entry 4", middle.problem());
    }

    @Test
    void verifyNamesAnInsertedBackDatedEntry() throws Exception {
        tenEntries();
        AuditEntry last = store.entries().get(9);
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_entry (seq, at, user_name, action, target, before_state, after_state, outcome,"
                        + " prev_hash, entry_hash) VALUES (11, ?, 'aigerim', 'module.enable', 'x@190000000', '', '',"
                        + " 'DONE', ?, ?)")) {
            Instant backDated = NOW.minusSeconds(86_400);
            AuditEntry forged = new AuditEntry(11, backDated, "aigerim", "module.enable", "x@190000000", "", "",
                    AuditEntry.Outcome.DONE, "");
            s.setObject(1, OffsetDateTime.ofInstant(backDated, ZoneOffset.UTC));
            s.setString(2, last.hash());
            s.setString(3, AuditChain.hash(forged, last.hash()));
            s.executeUpdate();
        }
        AuditCheck check = store.verify();
        assertEquals(11, check.firstBroken());
        assertEquals("entry 11 was inserted: the log ends at entry 10", check.problem());

        sql("DELETE FROM audit_entry WHERE seq = 11");
        assertTrue(store.verify().isIntact());
        sql("UPDATE audit_entry SET seq = seq + 100 WHERE seq >= 6");
        sql("INSERT INTO audit_entry (seq, at, user_name, action, target, before_state, after_state, outcome,"
                + " prev_hash, entry_hash) VALUES (6, TIMESTAMP WITH TIME ZONE '2027-02-01 00:00:00+00', 'x', 'y',"
                + " 'z', '', '', 'DONE', 'abc', 'def')");
        AuditCheck inserted = store.verify();
        assertEquals(6, inserted.firstBroken());
        assertFalse(inserted.isIntact());
    }

    @Test
    void queriesFilterByUserActionUnitAndTimeAndKeepTheNewest() throws Exception {
        tenEntries();
        store.refused("module.enable", "example@350000000", "out of scope");
        assertEquals(11, store.entries(AuditQuery.ALL).size());
        assertEquals(1, store.entries(new AuditQuery(null, "module.", null, null, null, 0)).size());
        assertEquals(1, store.entries(new AuditQuery(null, null, "351603000", null, null, 0)).size());
        assertEquals(0, store.entries(new AuditQuery("someone", null, null, null, null, 0)).size());
        assertEquals(11, store.entries(new AuditQuery("aigerim", "", "", NOW, NOW.plusSeconds(1), 0)).size());
        assertEquals(0, store.entries(new AuditQuery(null, null, null, NOW.plusSeconds(1), null, 0)).size());
        assertEquals(0, store.entries(new AuditQuery(null, "registry%", null, null, null, 0)).size(),
                "a % typed in the filter is not a wildcard");
        List<AuditEntry> newest = store.entries(new AuditQuery(null, null, null, null, null, 3));
        assertEquals(List.of(9L, 10L, 11L), newest.stream().map(AuditEntry::sequence).toList());
    }

    @Test
    void theEntriesOfEarlierVersionsAreMovedIntoTheChainInTimeOrder() throws Exception {
        sql("INSERT INTO audit_log (at, user_name, action, target, before_state, after_state) VALUES"
                + " (TIMESTAMP WITH TIME ZONE '2027-01-02 10:00:00+00', 'dana', 'registry.unit.update', '351600000',"
                + " 'a', 'b')");
        Files.writeString(data.resolve("audit.jsonl"), """
                {"when":"2027-01-01T09:00:00Z","user":"erlan","action":"module.enable","target":"example@190000000","before":"","after":"190000000"}
                {"when":"2027-01-03T09:00:00Z","user":"erlan","action":"module.disable","target":"example@190000000","before":"190000000","after":""}
                {"when":"cut short
                """);
        notices.clear();

        DatabasePlatformStore reopened = openStore();

        List<AuditEntry> entries = reopened.entries();
        assertEquals(List.of("erlan", "dana", "erlan"), entries.stream().map(AuditEntry::user).toList());
        assertEquals(Instant.parse("2027-01-02T10:00:00Z"), entries.get(1).when());
        assertTrue(reopened.verify().isIntact());
        assertFalse(Files.exists(data.resolve("audit.jsonl")));
        assertTrue(notices.stream().anyMatch(n -> n.contains("audit.jsonl:3: not an audit entry")), notices.toString());
        assertEquals(3, openStore().entries().size(), "moved once");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM audit_log")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        assertNotEquals("", entries.get(2).hash());
    }

    @Test
    void aDataFolderKeepsOnlyTheNewestMovedCopiesOfTheAuditFile() throws Exception {
        for (int start = 0; start < 12; start++) {
            Files.writeString(data.resolve("audit.jsonl"), "{\"when\":\"2027-01-01T09:00:" + (10 + start)
                    + "Z\",\"user\":\"erlan\",\"action\":\"addon.install\",\"target\":\"a.jar\",\"before\":\"\","
                    + "\"after\":\"signed\"}\n");
            openStore();
            Thread.sleep(2); // each copy is named by the millisecond it was moved
        }
        try (var files = Files.list(data)) {
            assertEquals(10, files.filter(f -> f.getFileName().toString().startsWith("audit.jsonl.moved-")).count(),
                    "one copy a start would pile up in the data folder");
        }
        assertEquals(12, openStore().entries().stream().filter(e -> e.action().equals("addon.install")).count(),
                "every entry is in the chain");
    }
}
