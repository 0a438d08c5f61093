package kz.aimaq.storage.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;

/** The database-backed region policy and audit log, on H2 and PostgreSQL. */
abstract class PlatformStoreContract {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    private TestDatabase db;
    private DatabasePlatformStore store;

    abstract TestDatabase open();

    /** An administrator of Astana. */
    private record Admin() implements UserContext {
        @Override
        public String user() {
            return "aigerim";
        }

        @Override
        public Set<String> roles() {
            return Set.of(ROLE_ADMIN);
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
        return new DatabasePlatformStore(db.database(), Migrations.fromClassLoader(getClass().getClassLoader(),
                PlatformTables.MIGRATIONS), new Admin(), Clock.fixed(NOW, ZoneOffset.UTC));
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
    void auditEntriesKeepWhoWhenBeforeAndAfterInOrder() throws Exception {
        store.append("module.enable", "readiness@190000000", "710000000", "190000000,710000000");
        store.append("module.disable", "tax@710000000", "all", "");

        List<AuditEntry> entries = openStore().entries();

        assertEquals(List.of(
                new AuditEntry(NOW, "aigerim", "module.enable", "readiness@190000000", "710000000",
                        "190000000,710000000"),
                new AuditEntry(NOW, "aigerim", "module.disable", "tax@710000000", "all", "")), entries);
    }
}
