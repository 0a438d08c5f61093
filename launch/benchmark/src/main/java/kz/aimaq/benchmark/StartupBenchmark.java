package kz.aimaq.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up benchmark, like for like: bare Felix + SCR starting the distribution's bundles with
 * {@code bin/aimaq}'s JVM options and an AppCDS archive of its own (the fair baseline), beside
 * {@code aimaq --headless --exit-when-ready} and the window shown, both with their AppCDS
 * archive. Scenarios alternate run by run, so that a change in the machine's load hits every
 * row alike; each row gives the median, the ratio to the fair baseline and the median peak RSS.
 * The old baseline (bare Felix with the JVM's defaults, no archive) is kept as a second row.
 * Then the resident memory 12 s after the window's start, on a first start (new data folder:
 * the registry seeds) and a later one, and the launcher's timeline of the aimaq runs.
 *
 * <p>Usage: {@code StartupBenchmark <distribution folder> [runs]}.
 */
public final class StartupBenchmark {

    /** {@code bin/aimaq}'s JVM options; checked against the script, so the baseline cannot drift. */
    static final List<String> AIMAQ_JVM_OPTIONS = List.of("-Xss2m", "-XX:+UseSerialGC", "-Xms16m",
            "-XX:MaxNewSize=12m", "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1",
            // bin/aimaq passes it when the JDK takes it, as the JDKs this benchmark runs on do
            "-XX:TrimNativeHeapInterval=1000");

    private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");
    private static final Pattern RSS = Pattern.compile("peak RSS (\\d+) MB");
    private static final Pattern TIMELINE = Pattern.compile("aimaq: timeline (.*)");
    private static final long MEMORY_AFTER_SECONDS = 12;
    /**
     * Every optional module enabled everywhere (tax among them; reporting is core): the window
     * and the memory figures are taken with the most a region can run, not the shipped default.
     */
    private static final String EVERY_MODULE = "{\"modules\": {\"tax\": \"all\", \"readiness\": \"all\","
            + " \"example\": \"all\"}}";
    /** The window with both compilers, to weigh bin/aimaq's -XX:TieredStopAtLevel=1 run by run. */
    private static final String BOTH_COMPILERS = "-XX:TieredStopAtLevel=4";

    /** @param forget a folder deleted before each run, or null */
    private record Scenario(String name, List<String> command, Map<String, String> environment, Path forget) {

        Scenario(String name, List<String> command, Map<String, String> environment) {
            this(name, command, environment, null);
        }
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String script = Files.readString(dist.resolve("bin/aimaq"));
        for (String option : AIMAQ_JVM_OPTIONS) {
            if (!script.contains(option)) {
                throw new IllegalStateException("bin/aimaq no longer passes " + option + ": update AIMAQ_JVM_OPTIONS");
            }
        }
        Path work = Files.createTempDirectory("aimaq-benchmark");
        List<String> jars = bundleJars(dist);
        // AppCDS maps classes only from jars: the baseline's two classes go into a jar of their own.
        String classPath = dist.resolve("lib/org.apache.felix.framework-7.0.5.jar") + ":" + baselineJar(work);
        Path bareArchive = work.resolve("bare-felix.jsa");

        List<String> bareDefault = new ArrayList<>(List.of(javaExe(), "-cp", classPath, BareFelix.class.getName()));
        bareDefault.addAll(jars);
        List<String> bareFair = new ArrayList<>(List.of(javaExe(), "-XX:SharedArchiveFile=" + bareArchive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        bareFair.addAll(AIMAQ_JVM_OPTIONS);
        bareFair.addAll(bareDefault.subList(1, bareDefault.size()));
        List<String> recordBare = new ArrayList<>(bareFair);
        recordBare.set(1, "-XX:ArchiveClassesAtExit=" + bareArchive);
        run(recordBare, Map.of());

        String aimaq = dist.resolve("bin/aimaq").toString();
        Map<String, String> cdsOn = Map.of("AIMAQ_CDS", "on");
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("bare Felix + SCR, aimaq's JVM options, own AppCDS", bareFair, Map.of()));
        scenarios.add(new Scenario("bare Felix + SCR, JVM defaults, no archive (old)", bareDefault, Map.of()));
        Path headlessData = withEveryModule(work.resolve("headless"));
        scenarios.add(new Scenario("aimaq --headless, AppCDS",
                List.of(aimaq, "--headless", "--exit-when-ready", "--data", headlessData.toString()), cdsOn));
        Path windowData = withEveryModule(work.resolve("window"));
        boolean display = System.getenv("DISPLAY") != null;
        if (display) {
            scenarios.add(new Scenario("aimaq window shown, AppCDS",
                    List.of(aimaq, "--exit-when-ready", "--data", windowData.toString()), cdsOn));
            // Home paints the figures it showed last at once (HomeSnapshot); without them, it reads them first
            scenarios.add(new Scenario("the same, Home's figures not kept (read first)",
                    List.of(aimaq, "--exit-when-ready", "--data", windowData.toString()), cdsOn,
                    windowData.resolve("cache")));
            scenarios.add(new Scenario("the same, C1 and C2 (" + BOTH_COMPILERS + ")",
                    List.of(aimaq, "--exit-when-ready", "--data", windowData.toString()),
                    Map.of("AIMAQ_CDS", "on", "AIMAQ_JAVA_OPTS", BOTH_COMPILERS)));
        } else {
            System.out.println("(no DISPLAY: the window scenarios are skipped; run under xvfb-run -a to include them)");
        }
        for (Scenario s : scenarios.subList(2, Math.min(scenarios.size(), 4))) {
            run(s.command(), s.environment()); // first start: seeds the data folder and records the archive
        }

        Map<Scenario, long[]> millis = new LinkedHashMap<>();
        Map<Scenario, long[]> rss = new LinkedHashMap<>();
        Map<Scenario, List<String>> timelines = new LinkedHashMap<>();
        scenarios.forEach(s -> {
            millis.put(s, new long[runs]);
            rss.put(s, new long[runs]);
            timelines.put(s, new ArrayList<>());
        });
        for (int i = 0; i < runs; i++) {
            for (Scenario s : scenarios) {
                if (s.forget() != null) {
                    deleteFolder(s.forget());
                }
                String output = run(s.command(), s.environment());
                millis.get(s)[i] = number(READY, output, s.command());
                rss.get(s)[i] = number(RSS, output, s.command());
                Matcher timeline = TIMELINE.matcher(output);
                if (timeline.find()) {
                    timelines.get(s).add(timeline.group(1));
                }
            }
        }

        long fair = PeakRss.median(millis.get(scenarios.get(0)));
        System.out.printf("%nStart-up, JVM start to ready, median of %d runs, scenarios alternated (%s)%n", runs, dist);
        System.out.printf("%-52s %10s %8s %14s%n", "scenario", "median ms", "ratio", "peak RSS MB");
        for (Scenario s : scenarios) {
            long median = PeakRss.median(millis.get(s));
            System.out.printf("%-52s %10d %7.2fx %14d   runs: %s%n", s.name(), median, (double) median / fair,
                    PeakRss.median(rss.get(s)), Arrays.toString(millis.get(s)));
        }
        System.out.println("\nTimeline, median ms since JVM start of each milestone (launcher; 'ready' is the row above)");
        for (Scenario s : scenarios) {
            if (!timelines.get(s).isEmpty()) {
                System.out.printf("%-52s %s%n", s.name(), medianTimeline(timelines.get(s)));
            }
        }

        if (display) {
            int memoryRuns = Math.max(3, runs / 2);
            long[] first = new long[memoryRuns];
            long[] later = new long[memoryRuns];
            Path cds = windowData.resolve("cds");
            for (int i = 0; i < memoryRuns; i++) {
                Path fresh = withEveryModule(work.resolve("memory-first-" + i));
                copyFolder(cds, fresh.resolve("cds")); // the archive, not the database: a first start, mapped like later ones
                first[i] = residentAfter(List.of(aimaq, "--data", fresh.toString()), cdsOn);
                later[i] = residentAfter(List.of(aimaq, "--data", windowData.toString()), cdsOn);
            }
            System.out.printf("%nResident memory %d s after the window's start (MB), median of %d, alternated%n",
                    MEMORY_AFTER_SECONDS, memoryRuns);
            System.out.printf("(every optional module enabled in every region: %s)%n", EVERY_MODULE);
            System.out.printf("%-52s %6d   runs: %s%n", "first start (new data folder, registry seeding)",
                    PeakRss.median(first), Arrays.toString(first));
            System.out.printf("%-52s %6d   runs: %s%n", "later start", PeakRss.median(later), Arrays.toString(later));
        }
    }

    /** The resident set of the process (and its children) {@value #MEMORY_AFTER_SECONDS} s after its start. */
    private static long residentAfter(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(MEMORY_AFTER_SECONDS));
            if (!process.isAlive()) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
            }
            return PeakRss.treeKilobytes(process) / 1024;
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Each milestone's median over the runs, in the order of the first run. */
    private static String medianTimeline(List<String> timelines) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        for (String timeline : timelines) {
            for (String mark : timeline.split(", ")) {
                int space = mark.lastIndexOf(' ');
                values.computeIfAbsent(mark.substring(0, space), k -> new ArrayList<>())
                        .add(Long.parseLong(mark.substring(space + 1)));
            }
        }
        List<String> out = new ArrayList<>();
        values.forEach((mark, list) -> out.add(mark + " "
                + PeakRss.median(list.stream().mapToLong(Long::longValue).toArray())));
        return String.join(", ", out);
    }

    /** A data folder whose region policy enables every optional module, tax among them. */
    private static Path withEveryModule(Path data) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve("region-policy.json"), EVERY_MODULE);
        return data;
    }

    private static String baselineJar(Path work) throws IOException {
        Path jar = work.resolve("bare-felix.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : new Class<?>[] {BareFelix.class, PeakRss.class}) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar.toString();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(
                        to.resolve(file.getFileName().toString()))) {
                    in.transferTo(out);
                }
            }
        }
    }

    private static List<String> bundleJars(Path dist) throws IOException {
        List<String> jars = new ArrayList<>();
        for (String folder : new String[] {"bundles", "deploy"}) {
            try (Stream<Path> files = Files.list(dist.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().map(Path::toString).forEach(jars::add);
            }
        }
        // Fragments first, as the launcher does, so SWT's fragment attaches when its host resolves.
        jars.sort((a, b) -> Boolean.compare(!a.contains("swt.gtk"), !b.contains("swt.gtk")));
        return jars;
    }

    private static String run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AIMAQ_CDS", "off");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static long number(Pattern pattern, String output, List<String> command) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no '" + pattern + "' in the output of " + command + ":\n" + output);
        }
        return Long.parseLong(m.group(1));
    }

    private static String javaExe() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
