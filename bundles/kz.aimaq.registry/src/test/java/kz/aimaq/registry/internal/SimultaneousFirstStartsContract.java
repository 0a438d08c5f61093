package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/**
 * Desktops starting for the first time at once on one new database (central mode, or several
 * processes on one new data folder): exactly one seeds, and every one sees the country once.
 * Each desktop is a thread opening the registry, with its own connections, as the component does.
 */
abstract class SimultaneousFirstStartsContract {

    private static final int DESKTOPS = 3;

    private TestDatabase db;

    abstract TestDatabase open();

    @BeforeEach
    void openDatabase() {
        db = open();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void exactlyOneOfSimultaneousFirstStartsSeeds() throws Exception {
        List<RegistryServiceImpl> registries = startAtOnce();

        assertEquals(15_594, count("SELECT COUNT(*) FROM registry_unit WHERE valid_to IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM registry_unit WHERE code = '710000000'"));
        assertEquals(25, count("SELECT COUNT(*) FROM registry_unit WHERE change_note = '" + Seeding.MOVES_NOTE + "'"));
        for (RegistryServiceImpl registry : registries) {
            assertEquals(List.of("710000000"), registry.search("Астана қ", 10).stream().map(u -> u.code())
                    .filter(code -> code.equals("710000000")).toList(), "Astana found once");
            assertEquals(20, registry.roots().size());
        }
    }

    private List<RegistryServiceImpl> startAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(DESKTOPS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RegistryServiceImpl>> starts = new ArrayList<>();
            for (int i = 0; i < DESKTOPS; i++) {
                starts.add(pool.submit(() -> {
                    go.await();
                    return Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
                }));
            }
            go.countDown();
            List<RegistryServiceImpl> registries = new ArrayList<>();
            for (Future<RegistryServiceImpl> start : starts) {
                registries.add(start.get());
            }
            return registries;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
