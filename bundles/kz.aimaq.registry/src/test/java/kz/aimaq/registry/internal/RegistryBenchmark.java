package kz.aimaq.registry.internal;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
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
import kz.aimaq.testing.RecordingAuditLog;

/**
 * The registry's load and search figures, all from one run, in the product's JVM options
 * ({@code bin/aimaq}'s garbage collector, set in the pom). Each fresh embedded H2 file database is
 * opened first and held open, as the storage bundle does before the registry starts. Then:
 * <ul>
 * <li>the first start (migrate, read the shipped data, index: the registry serves reads; then
 * write every unit, the population and the 2022 moves) as a user's installation meets it, once in
 * each of {@value #COLD_RUNS} new JVMs, until it serves reads and until its seed is written, with
 * each one's peak RSS;</li>
 * <li>the same in steady state, as a benchmark harness such as JMH reports it: {@value #WARM_UP}
 * unmeasured first starts on fresh databases to let the JIT compile H2's paths, then
 * {@value #RUNS} measured, each after a garbage collection;</li>
 * <li>a later start (reload from the database), 10 000 name searches as typed, and the baseline:
 * parsing the shipped CSV alone, cold in a new JVM and in steady state, with the ratios.</li>
 * </ul>
 * Run: {@value #COMMAND}; more JVM options for every JVM through {@code JAVA_TOOL_OPTIONS}.
 */
public final class RegistryBenchmark {

    static final String COMMAND = "mvn -q -B exec:exec -pl bundles/kz.aimaq.registry";
    private static final int COLD_RUNS = 5;
    private static final int WARM_UP = 15;
    private static final int RUNS = 11;
    private static final int QUERIES = 10_000;
    private static final String PARSE_ONLY = "parse-only";
    private static final String FIRST_START_ONLY = "first-start-only";
    private static final String COMPACT_ONLY = "compact-only";

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && PARSE_ONLY.equals(args[0])) {
            long start = System.nanoTime();
            int units = parseShippedCsv().size();
            System.out.println(millis(start) + " " + units);
            return;
        }
        if (args.length == 1 && COMPACT_ONLY.equals(args[0])) {
            long start = System.nanoTime();
            int units = ShippedData.units().size();
            System.out.println(millis(start) + " " + units);
            return;
        }
        Path folder = Files.createTempDirectory("aimaq-bench");
        if (args.length == 1 && FIRST_START_ONLY.equals(args[0])) {
            Fresh fresh = Fresh.open(folder.resolve("cold"));
            long start = System.nanoTime();
            RegistryServiceImpl registry = new RegistryServiceImpl(fresh.database, Registries.migrations(),
                    TestUser.admin(), new RecordingAuditLog(), Registries.CLOCK, message -> { });
            double serving = millis(start);
            registry.finishSeed(message -> { });
            System.out.println(serving + " " + millis(start) + " " + peakRssKb());
            fresh.close();
            delete(folder);
            return;
        }
        double[] cold = new double[COLD_RUNS];
        double[] coldWritten = new double[COLD_RUNS];
        double[] coldRss = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            String[] figures = inChildJvm(FIRST_START_ONLY);
            cold[i] = Double.parseDouble(figures[0]);
            coldWritten[i] = Double.parseDouble(figures[1]);
            coldRss[i] = Double.parseDouble(figures[2]) / 1024;
        }
        double[] parseColdRuns = new double[COLD_RUNS];
        double[] compactColdRuns = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            parseColdRuns[i] = Double.parseDouble(inChildJvm(PARSE_ONLY)[0]);
            compactColdRuns[i] = Double.parseDouble(inChildJvm(COMPACT_ONLY)[0]);
        }
        double parseCold = median(parseColdRuns);

        double[] first = new double[RUNS];
        double[] firstCpu = new double[RUNS];
        double[] firstGc = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            Fresh fresh = Fresh.open(folder.resolve("fresh" + (i + WARM_UP)));
            settle();
            long cpu = cpuNanos();
            long gc = gcMillis();
            long start = System.nanoTime();
            Registries.open(fresh.database, TestUser.admin(), new RecordingAuditLog());
            if (i >= 0) {
                first[i] = millis(start);
                firstCpu[i] = (cpuNanos() - cpu) / 1e6;
                firstGc[i] = gcMillis() - gc;
            }
            fresh.close();
        }
        Fresh kept = Fresh.open(folder.resolve("kept"));
        RegistryServiceImpl registry = Registries.open(kept.database, TestUser.admin(), new RecordingAuditLog());
        double[] later = new double[RUNS];
        double[] laterCpu = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            settle();
            long cpu = cpuNanos();
            long start = System.nanoTime();
            registry = Registries.open(kept.database, TestUser.admin(), new RecordingAuditLog());
            if (i >= 0) {
                later[i] = millis(start);
                laterCpu[i] = (cpuNanos() - cpu) / 1e6;
            }
        }
        double[] parse = new double[RUNS];
        int parsed = 0;
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            parsed = parseShippedCsv().size();
            if (i >= 0) {
                parse[i] = millis(start);
            }
        }

        long[] nanos = search(registry);
        String options = System.getenv("JAVA_TOOL_OPTIONS");
        System.out.printf("command: %s%s%n", options == null ? "" : "JAVA_TOOL_OPTIONS=\"" + options + "\" ", COMMAND);
        System.out.printf("JVM options: %s; load average (1 min): %s%n", jvmOptions(), loadAverage());
        System.out.printf("units: %d (with 2 415 population facts and 25 code changes of the 2022 reform)%n", parsed);
        System.out.printf("first start, new JVM each time, as an installation meets it once (migrate, read the"
                + " shipped data, index), %d runs, until the registry serves reads: %s; until its seed is written"
                + " (what history, facts and writes wait for): %s%n", COLD_RUNS, spread(cold), spread(coldWritten));
        System.out.printf("first start, steady state (%d unmeasured on fresh databases, then %d): %s;"
                + " CPU time of the process %s; of the wall time, garbage collection %s%n", WARM_UP, RUNS,
                spread(first), spread(firstCpu), spread(firstGc));
        System.out.printf("later start, steady state (read every version + population back, index): %s; CPU time %s%n",
                spread(later), spread(laterCpu));
        System.out.printf("baseline, parsing the shipped CSV only: new JVM %s; steady state %s%n",
                spread(parseColdRuns), spread(parse));
        System.out.printf("reading the pre-parsed classifier (what a first start reads), new JVM: %s%n",
                spread(compactColdRuns));
        System.out.printf("ratio first start / baseline: %.1fx new JVM, %.1fx steady state%n", median(cold) / parseCold,
                median(first) / median(parse));
        System.out.printf("ratio later start / baseline: %.1fx steady state%n", median(later) / median(parse));
        System.out.printf("search: %d queries, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", QUERIES,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
        System.out.printf("peak RSS of a first start in a new JVM: %s; of this JVM after %d databases: %.0f MB%n",
                spread(coldRss, "MB"), WARM_UP + RUNS + 1, peakRssKb() / 1024.0);
        kept.close();
        delete(folder);
    }

    /** What the first start parsed before the build pre-parsed the classifier. */
    private static List<Unit> parseShippedCsv() {
        return KatoFile.parse(ShippedData.KATO_FILE, ShippedData.read(ShippedData.KATO_FILE),
                ShippedData.KATO_VALID_FROM).units();
    }

    /**
     * Collects the garbage of the runs before, outside the timing, as JMH's {@code -gc true} does:
     * otherwise each run pays for a full collection of the previous run's database, which a real
     * first start never meets.
     */
    private static void settle() {
        System.gc();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String spread(double[] values) {
        return spread(values, "ms");
    }

    private static String spread(double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("median %.0f %s (lowest %.0f, highest %.0f)", median(values), unit, sorted[0],
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

    /** Time spent in garbage collection so far; the serial collector stops every thread for it. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
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

    /** Runs this class in a new JVM with the same options and returns the figures of its last line. */
    private static String[] inChildJvm(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RegistryBenchmark.class.getName(), mode));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes()).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the " + mode + " child failed: " + output);
        }
        // the child inherits JAVA_TOOL_OPTIONS, and the JVM announces them first: the figures are the last line
        String[] lines = output.split("\\R");
        return lines[lines.length - 1].split(" ");
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

    private static long peakRssKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.substring(6).strip().split(" ")[0]).mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    private static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return options.isEmpty() ? "defaults" : String.join(" ", options);
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
