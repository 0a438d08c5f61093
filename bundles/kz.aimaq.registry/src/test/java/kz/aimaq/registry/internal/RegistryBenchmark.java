package kz.aimaq.registry.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;

/**
 * The registry's load and search figures, all from one run. Each fresh embedded H2 file database
 * is opened first and held open, as the storage bundle does before the registry starts; then:
 * first start (migrate, parse the shipped data, seed every unit, the population and the 2022 moves,
 * index) once in the still cold JVM, reported on its own, and on {@value #RUNS} more fresh databases
 * (median, fastest, slowest); a later start (reload from the database) {@value #RUNS} times; 10 000 name
 * searches as typed; and the baseline: parsing the shipped CSV alone, cold (in a child JVM) and
 * warm ({@value #RUNS} times), with the ratios.
 * Run: {@value #COMMAND}; JVM options for both JVMs through {@code JAVA_TOOL_OPTIONS}.
 */
public final class RegistryBenchmark {

    static final String COMMAND = "mvn -q -B exec:exec -pl bundles/kz.aimaq.registry";
    private static final int RUNS = 7;
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

        double[] first = new double[RUNS];
        double[] firstCpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Fresh fresh = Fresh.open(folder.resolve("fresh" + i));
            long cpu = cpuNanos();
            start = System.nanoTime();
            Registries.open(fresh.database, TestUser.admin(), new RecordingAuditLog());
            first[i] = millis(start);
            firstCpu[i] = (cpuNanos() - cpu) / 1e6;
            fresh.close();
        }
        double[] later = new double[RUNS];
        double[] laterCpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpu = cpuNanos();
            start = System.nanoTime();
            registry = Registries.open(cold.database, TestUser.admin(), new RecordingAuditLog());
            later[i] = millis(start);
            laterCpu[i] = (cpuNanos() - cpu) / 1e6;
        }
        double[] parse = new double[RUNS];
        int parsed = 0;
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            parsed = ShippedData.units().size();
            parse[i] = millis(start);
        }
        double parseCold = parseInChildJvm();

        long[] nanos = search(registry);
        String options = System.getenv("JAVA_TOOL_OPTIONS");
        System.out.printf("command: %s%s%n", options == null ? "" : "JAVA_TOOL_OPTIONS=\"" + options + "\" ", COMMAND);
        System.out.printf("units: %d; %d runs per median; load average (1 min): %s%n", parsed, RUNS, loadAverage());
        System.out.printf("database open (H2 file, cold JVM; the storage bundle's part): %.0f ms%n", openCold);
        System.out.printf("first start, the very first in a cold JVM (migrate, parse, seed, index): %.0f ms%n",
                firstCold);
        System.out.printf("first start, fresh databases, warm JVM: %s; CPU time of the process %s%n", spread(first),
                spread(firstCpu));
        System.out.printf("later start (read every version + population back, index): %s; CPU time %s%n",
                spread(later), spread(laterCpu));
        System.out.printf("baseline, parsing the shipped CSV only: %.0f ms cold JVM; warm %s%n", parseCold,
                spread(parse));
        System.out.printf("ratio first start / baseline: %.1fx cold, %.1fx median warm%n", firstCold / parseCold,
                median(first) / median(parse));
        System.out.printf("ratio later start / baseline: %.1fx median warm%n", median(later) / median(parse));
        System.out.printf("search: %d queries, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", QUERIES,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
        System.out.println("peak RSS: " + peakRss());
        cold.close();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("median %.0f ms (fastest %.0f, slowest %.0f)", median(values), sorted[0],
                sorted[sorted.length - 1]);
    }

    /**
     * CPU time of the whole process (every thread, the JIT compiler and GC included): steadier than
     * wall time when other work shares the cores.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
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
