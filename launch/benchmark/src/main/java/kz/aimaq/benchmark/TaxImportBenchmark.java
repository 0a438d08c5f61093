package kz.aimaq.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A 100 000-row bank file imported by the workbench process itself ({@code bin/aimaq --headless
 * tax import-payments}, its JVM options, every bundle), paying on the accounts of the tax module's
 * demo data of one region, so that the import settles assessed accounts and keeps the arrears
 * summary current; then the region's budget execution and its arrears list, as views show them.
 * Each command's wall time and the process's peak resident memory (sampled every 50 ms) are
 * medians of repeated runs, each on a fresh copy of the data folder; the baseline is the same
 * process started and stopped on the same data ({@code --exit-when-ready}), so the import's own
 * time is the difference.
 *
 * <p>Usage: {@code TaxImportBenchmark <distribution folder> [runs]}.
 */
public final class TaxImportBenchmark {

    private static final String REGION = "19";
    private static final String REGION_CODE = "190000000";
    private static final int ROWS = 100_000;
    private static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private record Measured(long millis, long peakMegabytes) {
    }

    private TaxImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String aimaq = dist.resolve("bin/aimaq").toString();
        Path work = Files.createTempDirectory("aimaq-tax-benchmark");
        Path seeded = work.resolve("seeded");
        run(List.of(aimaq, "--headless", "--data", seeded.toString(), "modules", "enable", "tax", "--region", REGION));
        run(List.of(aimaq, "--headless", "--data", seeded.toString(), "--region", REGION, "tax", "demo", "--unit",
                REGION_CODE, "--year", "2025"));
        Path bank = work.resolve("bank-100000.csv");
        int accounts = writeBankFile(seeded, bank);
        System.out.printf("%,d payments on %,d accounts of the synthetic demo of region %s (every one assessed)%n",
                ROWS, accounts, REGION_CODE);

        String[] names = {"start and stop on the same data (baseline)", "tax import-payments, 100 000 rows",
            "tax execution (the region's dashboard figures)", "tax arrears --out (the region's arrears list)"};
        long[][] millis = new long[names.length][runs];
        long[][] peaks = new long[names.length][runs];
        for (int r = 0; r < runs; r++) {
            Path data = work.resolve("run-" + r);
            copy(seeded, data);
            String folder = data.toString();
            List<List<String>> commands = List.of(
                    List.of(aimaq, "--headless", "--exit-when-ready", "--data", folder, "--region", REGION),
                    List.of(aimaq, "--headless", "--data", folder, "--region", REGION, "tax", "import-payments",
                            "--file", bank.toString()),
                    List.of(aimaq, "--headless", "--data", folder, "--region", REGION, "tax", "execution", "--unit",
                            REGION_CODE, "--year", "2026"),
                    List.of(aimaq, "--headless", "--data", folder, "--region", REGION, "tax", "arrears", "--unit",
                            REGION_CODE, "--as-of", LocalDate.now().toString(), "--out",
                            work.resolve("arrears-" + r + ".csv").toString()));
            for (int i = 0; i < names.length; i++) {
                Measured m = measure(commands.get(i));
                millis[i][r] = m.millis();
                peaks[i][r] = m.peakMegabytes();
            }
        }
        long baseline = PeakRss.median(millis[0]);
        System.out.printf("%-50s %10s %10s %14s   runs (ms)%n", "command (workbench process, bin/aimaq)", "median ms",
                "minus start", "peak RSS MB");
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-50s %10d %10s %14d   %s%n", names[i], PeakRss.median(millis[i]),
                    i == 0 ? "-" : Long.toString(PeakRss.median(millis[i]) - baseline), PeakRss.median(peaks[i]),
                    Arrays.toString(millis[i]));
        }
        System.out.printf("load %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Writes a bank file paying on the demo's assessed accounts, the same file for the same demo. */
    private static int writeBankFile(Path data, Path bank) throws Exception {
        List<String[]> accounts = new ArrayList<>();
        String url = "jdbc:h2:file:" + data.resolve("db/aimaq").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT DISTINCT okrug, taxpayer_id, kbk FROM tax_assessment ORDER BY okrug, taxpayer_id, kbk")) {
            while (rs.next()) {
                accounts.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException("the demo left no assessed account in " + data);
        }
        Random random = new Random(2026);
        LocalDate first = LocalDate.of(2026, 1, 5);
        int days = (int) Math.min(330, first.until(LocalDate.now()).getDays() + 1L);
        try (Writer out = Files.newBufferedWriter(bank, StandardCharsets.UTF_8)) {
            out.write("date;payer;kbk;knp;amount;document;kato\n");
            for (int i = 0; i < ROWS; i++) {
                String[] a = accounts.get(i % accounts.size());
                long tiyn = 100_000 + random.nextInt(2_900_000);
                out.write(first.plusDays(random.nextInt(Math.max(1, days))).format(BANK_DATE) + ";" + a[1] + ";" + a[2]
                        + ";911;" + tiyn / 100 + "," + String.format("%02d", tiyn % 100) + ";BM" + i + ";" + a[0] + "\n");
            }
        }
        return accounts.size();
    }

    /** Wall time and the peak resident set of the process tree, sampled every 50 ms. */
    private static Measured measure(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = Files.createTempFile("aimaq-tax-benchmark", ".log");
        builder.redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, PeakRss.treeKilobytes(process));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
        Files.delete(log);
        return new Measured(millis, peak / 1024);
    }

    private static void run(List<String> command) throws Exception {
        Measured m = measure(command);
        System.out.printf("  %s: %d ms%n", String.join(" ", command.subList(1, command.size())), m.millis());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!source.toString().contains("felix-cache")) {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
