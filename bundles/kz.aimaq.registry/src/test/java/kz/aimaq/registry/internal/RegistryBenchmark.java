package kz.aimaq.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;

/**
 * Loads every unit into a new embedded H2 file database and the in-memory index (first start),
 * then reopens it (a later start), then times 10 000 name searches as typed (prefixes of real
 * Kazakh, Russian and Latin names, Kazakh letters folded or not) and prints p50/p99 and peak RSS.
 * Run: {@code mvn -q exec:java -pl bundles/kz.aimaq.registry -Dexec.classpathScope=test}.
 */
public final class RegistryBenchmark {

    private static final int QUERIES = 10_000;

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("aimaq-bench");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("aimaq").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        Database database = Database.of(dataSource, Dialect.H2);
        RecordingAuditLog audit = new RecordingAuditLog();

        long start = System.nanoTime();
        RegistryServiceImpl registry = Registries.open(database, TestUser.admin(), audit);
        double firstStart = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        registry = Registries.open(database, TestUser.admin(), audit);
        double laterStart = (System.nanoTime() - start) / 1e6;

        List<String> queries = queries(registry);
        for (int i = 0; i < 2_000; i++) {
            registry.search(queries.get(i % queries.size()), 20); // warm up the JIT
        }
        long[] nanos = new long[QUERIES];
        long hits = 0;
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            hits += registry.search(queries.get(i), 20).size();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("units: %d%n", registry.search("1", Integer.MAX_VALUE).size()
                + registry.search("2", Integer.MAX_VALUE).size() + registry.search("3", Integer.MAX_VALUE).size()
                + registry.search("4", Integer.MAX_VALUE).size() + registry.search("5", Integer.MAX_VALUE).size()
                + registry.search("6", Integer.MAX_VALUE).size() + registry.search("7", Integer.MAX_VALUE).size());
        System.out.printf("first start (migrate, seed 15 594 units + population, build index): %.0f ms%n", firstStart);
        System.out.printf("later start (load units from the database, build index): %.0f ms%n", laterStart);
        System.out.printf("search: %d queries, %d hits, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", QUERIES, hits,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
        System.out.println("peak RSS: " + peakRss());
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /** Prefixes of 2 to 8 letters of real names, in all three scripts, some typed without Kazakh letters. */
    private static List<String> queries(RegistryServiceImpl registry) {
        List<Unit> units = new ArrayList<>();
        for (String digit : List.of("1", "2", "3", "4", "5", "6", "7")) {
            units.addAll(registry.search(digit, Integer.MAX_VALUE));
        }
        Random random = new Random(42);
        List<String> queries = new ArrayList<>(QUERIES);
        while (queries.size() < QUERIES) {
            Unit u = units.get(random.nextInt(units.size()));
            String name = switch (random.nextInt(4)) {
                case 0 -> u.nameKk();
                case 1 -> u.nameRu();
                case 2 -> u.nameLatin();
                default -> SearchText.fold(u.nameKk());
            };
            String[] words = name.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split(" +");
            String word = words[random.nextInt(words.length)];
            if (word.length() >= 2) {
                queries.add(word.substring(0, Math.min(word.length(), 2 + random.nextInt(7))));
            }
        }
        return queries;
    }

    private static String peakRss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
    }
}
