package kz.aimaq.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up benchmark: time from JVM start to "ready" and peak RSS, median of N runs, for the
 * distribution (headless, headless with AppCDS, and the GUI window when a display exists)
 * beside bare Felix + SCR starting the same bundles, all in one run, with ratios.
 *
 * <p>Usage: {@code StartupBenchmark <distribution folder> [runs]}.
 */
public final class StartupBenchmark {

    private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");
    private static final Pattern RSS = Pattern.compile("peak RSS (\\d+) MB");

    private record Figures(String scenario, long medianMillis, long medianRssMb) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path work = Files.createTempDirectory("aimaq-benchmark");
        List<String> jars = bundleJars(dist);
        String classPath = dist.resolve("lib/org.apache.felix.framework-7.0.5.jar") + ":"
                + Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<String> baseline = new ArrayList<>(List.of(javaExe(), "-cp", classPath, "kz.aimaq.benchmark.BareFelix"));
        baseline.addAll(jars);
        String aimaq = dist.resolve("bin/aimaq").toString();
        Path cdsData = work.resolve("cds-data");

        List<Figures> results = new ArrayList<>();
        results.add(measure("bare Felix + SCR, " + jars.size() + " bundles", runs, baseline, "off"));
        results.add(measure("aimaq --headless", runs,
                List.of(aimaq, "--headless", "--exit-when-ready", "--data", work.resolve("d1").toString()), "off"));
        run(List.of(aimaq, "--headless", "--exit-when-ready", "--data", cdsData.toString()), "on"); // records the archive
        results.add(measure("aimaq --headless, AppCDS", runs,
                List.of(aimaq, "--headless", "--exit-when-ready", "--data", cdsData.toString()), "on"));
        if (System.getenv("DISPLAY") != null) {
            Path guiData = work.resolve("gui-data");
            run(List.of(aimaq, "--exit-when-ready", "--data", guiData.toString()), "on");
            results.add(measure("aimaq window shown, AppCDS", runs,
                    List.of(aimaq, "--exit-when-ready", "--data", guiData.toString()), "on"));
        } else {
            System.out.println("(no DISPLAY: the GUI scenario is skipped; run under xvfb-run -a to include it)");
        }

        long base = results.get(0).medianMillis();
        System.out.printf("%nStart-up, JVM start to ready, median of %d runs (%s)%n", runs, dist);
        System.out.printf("%-40s %10s %8s %14s%n", "scenario", "median ms", "ratio", "peak RSS MB");
        for (Figures f : results) {
            System.out.printf("%-40s %10d %7.2fx %14d%n", f.scenario(), f.medianMillis(),
                    (double) f.medianMillis() / base, f.medianRssMb());
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

    private static Figures measure(String scenario, int runs, List<String> command, String cds) throws Exception {
        long[] millis = new long[runs];
        long[] rss = new long[runs];
        for (int i = 0; i < runs; i++) {
            String output = run(command, cds);
            millis[i] = number(READY, output, command);
            rss[i] = number(RSS, output, command);
        }
        return new Figures(scenario, median(millis), median(rss));
    }

    private static String run(List<String> command, String cds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AIMAQ_CDS", cds);
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

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String javaExe() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
