package kz.aimaq.registry.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;

/**
 * The registry's load and search figures, all from one run. A fresh embedded H2 file database
 * is opened first and held open, as the storage bundle does before the registry starts; then:
 * first start (migrate, parse the shipped CSV, seed every unit and the population, index) in
 * the still cold JVM, the same on a second fresh database once the JVM is warm, a later start
 * (reload from the database), 10 000 name searches as typed, and the baseline: parsing the
 * shipped CSV alone, cold (in a child JVM) and warm, with the ratios.
 * Run: {@code mvn -q -B exec:exec -pl bundles/kz.aimaq.registry}; JVM options for both JVMs through
 * {@code JAVA_TOOL_OPTIONS}.
 */
public final class RegistryBenchmark {

    private static final int QUERIES = 10_000;
    private static final String PARSE_ONLY = "parse-only";

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && PARSE_ONLY.equals(args[0])) {
            long start = System.nanoTime();
            int units = ShippedData.units().size();
            System.out.println(millis(start) + " " + units);
            return;
        }
        Path folder = Files.createTempDirectory("aimaq-bench");
        long start = System.nanoTime();
        Fresh cold = Fresh.open(folder.resolve("cold"));
        double openCold = millis(start);

        start = System.nanoTime();
        RegistryServiceImpl registry = Registries.open(cold.database, TestUser.admin(), new RecordingAuditLog());
        double firstCold = millis(start);

        Fresh warm = Fresh.open(folder.resolve("warm"));
        start = System.nanoTime();
        Registries.open(warm.database, TestUser.admin(), new RecordingAuditLog());
        double firstWarm = millis(start);
        warm.close();

        start = System.nanoTime();
        registry = Registries.open(cold.database, TestUser.admin(), new RecordingAuditLog());
        double reload = millis(start);

        start = System.nanoTime();
        int parsed = ShippedData.units().size();
        double parseWarm = millis(start);
        double parseCold = parseInChildJvm();

        long[] nanos = search(registry);
        System.out.printf("units: %d%n", parsed);
        System.out.printf("database open (H2 file, cold JVM; the storage bundle's part): %.0f ms%n", openCold);
        System.out.printf("first start, cold JVM (migrate, parse, seed units + population, index): %.0f ms%n",
                firstCold);
        System.out.printf("first start, warm JVM (same, on another fresh database): %.0f ms%n", firstWarm);
        System.out.printf("later start (read units + population back, index): %.0f ms%n", reload);
        System.out.printf("baseline, parsing the shipped CSV only: %.0f ms cold JVM, %.0f ms warm%n", parseCold,
                parseWarm);
        System.out.printf("ratio first start / baseline: %.1fx cold, %.1fx warm%n", firstCold / parseCold,
                firstWarm / parseWarm);
        System.out.printf("search: %d queries, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", QUERIES,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
        System.out.println("peak RSS: " + peakRss());
        cold.close();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** An embedded H2 file database held open by one connection, as the storage bundle holds it. */
    private record Fresh(Database database, Connection keepOpen) {

        static Fresh open(Path file) throws Exception {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + file.toAbsolutePath());
            return new Fresh(Database.of(dataSource, Dialect.H2), dataSource.getConnection());
        }

        void close() throws Exception {
            try (var s = keepOpen.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    private static double parseInChildJvm() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RegistryBenchmark.class.getName(), PARSE_ONLY)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes()).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the parse-only child failed: " + output);
        }
        // the child inherits JAVA_TOOL_OPTIONS, and the JVM announces them first: the figure is the last line
        String[] lines = output.split("\\R");
        return Double.parseDouble(lines[lines.length - 1].split(" ")[0]);
    }

    private static long[] search(RegistryServiceImpl registry) {
        List<String> queries = queries(registry);
        for (int i = 0; i < 2_000; i++) {
            registry.search(queries.get(i % queries.size()), 20); // warm up the JIT
        }
        long[] nanos = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            registry.search(queries.get(i), 20);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Prefixes of 2 to 8 letters of real names, in all three scripts, some typed without Kazakh letters. */
    private static List<String> queries(RegistryServiceImpl registry) {
        List<Unit> units = new ArrayList<>();
        registry.roots().forEach(root -> units.addAll(registry.children(root.code())));
        List<Unit> all = new ArrayList<>();
        for (Unit u : units) {
            all.addAll(registry.search(u.code().substring(0, 4), Integer.MAX_VALUE));
        }
        Random random = new Random(42);
        List<String> queries = new ArrayList<>(QUERIES);
        while (queries.size() < QUERIES) {
            Unit u = all.get(random.nextInt(all.size()));
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

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
    }
}
