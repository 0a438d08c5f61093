package kz.aimaq.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.storage.testing.TestDatabase;

/**
 * {@link Database#lock}: of several first starts at once, exactly one writes the shared data.
 * Each starter is a thread with its own connections, as each desktop has its own.
 */
abstract class DatabaseLockContract {

    private static final int STARTERS = 6;

    private TestDatabase db;

    abstract TestDatabase open();

    @BeforeEach
    void openDatabase() throws SQLException {
        db = open();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE seeded (starter INTEGER NOT NULL)");
        }
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void ofStartersCheckingAndSeedingAtOnceExactlyOneSeeds() throws Exception {
        List<Integer> seeders = all(starter -> {
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                db.database().lock(c, "demo.seed");
                boolean empty = count(c) == 0;
                if (empty) {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO seeded VALUES (" + starter + ")");
                    }
                    // Seeding takes a while: without the lock every other starter finds the table empty meanwhile.
                    Thread.sleep(200);
                }
                c.commit();
                return empty ? 1 : 0;
            }
        });

        assertEquals(1, seeders.stream().mapToInt(Integer::intValue).sum(), "starters that seeded: " + seeders);
        try (Connection c = db.dataSource().getConnection()) {
            assertEquals(1, count(c));
        }
    }

    @Test
    void aLockWithoutATransactionIsRefused() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            SQLException e = assertThrows(SQLException.class, () -> db.database().lock(c, "demo.seed"));
            assertEquals(true, e.getMessage().contains("setAutoCommit(false)"), e.getMessage());
        }
    }

    @Test
    void startersMigratingAtOnceApplyEachScriptOnce() throws Exception {
        Migration create = Migration.of("V1__create_item.sql", "CREATE TABLE item (id INTEGER PRIMARY KEY)");
        Migration insert = Migration.of("V2__first_item.sql", "INSERT INTO item VALUES (1)");

        List<Integer> applied = all(starter -> db.database().migrate("demo", List.of(create, insert)).size());

        assertEquals(2, applied.stream().mapToInt(Integer::intValue).sum(), "scripts applied per starter: " + applied);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM aimaq_schema_history WHERE owner = 'demo'")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    private interface Starter {
        int start(int number) throws Exception;
    }

    /** Runs every starter at once, released together, and returns what each returned. */
    private static List<Integer> all(Starter starter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STARTERS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < STARTERS; i++) {
                int number = i;
                Callable<Integer> task = () -> {
                    go.await();
                    return starter.start(number);
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            List<Integer> values = new ArrayList<>();
            for (Future<Integer> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM seeded")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
