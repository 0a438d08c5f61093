package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/**
 * A first start serves reads from the index of the shipped rows before they are in the database;
 * what needs the database (history, facts, writes) waits for the seed's commit, or fails with its
 * cause when the seed failed.
 */
class FirstStartServesReadsTest {

    private static final String ALMATY = "750000000";

    private TestDatabase db;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.h2();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RegistryServiceImpl construct() throws Exception {
        return new RegistryServiceImpl(db.database(), Registries.migrations(), TestUser.admin(), new RecordingAuditLog(),
                Registries.CLOCK, message -> { });
    }

    @Test
    void readsAreServedBeforeTheSeedIsWrittenAndTheDatabaseReadsWaitForIt() throws Exception {
        RegistryServiceImpl registry = construct();

        assertTrue(new RegistryStore(db.dataSource()).isEmptyOrAbsent(), "nothing written before finishSeed");
        assertEquals("г.Алматы", registry.find(ALMATY).orElseThrow().nameRu());
        assertFalse(registry.children(ALMATY).isEmpty());
        assertFalse(registry.search("Қарағанды", 5).isEmpty());

        CompletableFuture<List<Unit>> history = CompletableFuture.supplyAsync(() -> registry.history(ALMATY));
        assertThrows(TimeoutException.class, () -> history.get(300, TimeUnit.MILLISECONDS),
                "history waits for the seed's commit");

        registry.finishSeed(message -> { });

        assertEquals(1, history.get(30, TimeUnit.SECONDS).size());
        assertEquals(15_594, count("SELECT COUNT(*) FROM registry_unit WHERE valid_to IS NULL"));
        assertFalse(registry.facts(ALMATY).isEmpty(), "the population facts are written with the units");
    }

    @Test
    void aFailedSeedFailsWhatWaitsForTheDatabaseWithItsCause() throws Exception {
        RegistryServiceImpl registry = construct();

        registry.seedFailed(new SQLException("disk full"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> registry.facts(ALMATY));
        assertTrue(refused.getMessage().contains("disk full"), refused.getMessage());
        assertTrue(new RegistryStore(db.dataSource()).isEmptyOrAbsent());
    }

    @Test
    void aSecondStartOnTheSeededDatabaseReadsItBackWithNothingPending() throws Exception {
        construct().finishSeed(message -> { });

        RegistryServiceImpl later = construct();

        assertEquals(1, later.history(ALMATY).size());
        later.finishSeed(message -> { });
        assertEquals(15_594, count("SELECT COUNT(*) FROM registry_unit WHERE valid_to IS NULL"), "nothing written twice");
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
