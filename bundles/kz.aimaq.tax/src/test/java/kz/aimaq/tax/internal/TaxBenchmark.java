package kz.aimaq.tax.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.tax.api.PaymentImportPreview;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

/**
 * {@code mvn -q -B test-compile exec:exec -pl bundles/kz.aimaq.tax [-Dtax.payments=10000000]
 * [-Dtax.database=h2|postgresql]}: synthetic bank
 * files of 100 000 payments across 2 300 okrugs imported through the service (preview, checks,
 * duplicate detection, summaries), on an H2 file database and on PostgreSQL side by side; then
 * the okrug × month × КБК summary of one okrug and the national КБК × month roll-up, each read
 * from the summary table and by a plain GROUP BY over the same payments, medians of 7 runs and
 * their ratio. Runs with the product's JVM options (serial collector, small first heap, C1 only:
 * see the pom) and reports the process's resident memory (VmRSS, sampled every 100 ms, and the
 * kernel's peak VmHWM) while importing and while summarising; a line per file and, with
 * {@code -Dtax.checkpoint=N}, the summaries every N payments, so that a run stopped early still
 * says how far it got.
 */
public final class TaxBenchmark {

    private static final int OKRUGS = 2_300;
    private static final int FILE_ROWS = 100_000;
    private static final int RUNS = 7;
    /**
     * {@code -Dtax.assessed=true}: every taxpayer × КБК account the files pay on first gets a 2025
     * assessment, so that each import also keeps the arrears summary of its accounts current (the
     * synthetic payers otherwise have no assessments, and the import only looks that up).
     */
    private static final boolean ASSESSED = Boolean.getBoolean("tax.assessed");
    /** {@code -Dtax.checkpoint=N}: the summaries also after every N payments (0: only at the end). */
    private static final long CHECKPOINT = Long.getLong("tax.checkpoint", 0);
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final String[] KBK = {"104102", "104302", "104402"};

    private TaxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long payments = Long.getLong("tax.payments", 200_000);
        String only = System.getProperty("tax.database", "");
        // a folder per database, so that the two can run as two processes at once
        Path work = Files.createDirectories(Path.of("target", only.isEmpty() ? "benchmark" : "benchmark-" + only));
        Thread sampler = new Thread(TaxBenchmark::sampleResidentMemory, "rss sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<String> okrugs = new ArrayList<>();
        for (int i = 0; i < OKRUGS; i++) {
            okrugs.add(String.format("19%02d%02d%03d", 10 + i / 300, 10 + (i / 10) % 30, 100 + i % 10 * 10));
        }
        List<Path> files = files(work, payments, okrugs);
        System.out.printf("%,d synthetic payments in %d files of up to %,d rows, %d okrugs%n", payments, files.size(),
                FILE_ROWS, OKRUGS);
        JdbcDataSource h2 = new JdbcDataSource();
        Path h2File = work.resolve("tax-h2");
        Files.deleteIfExists(work.resolve("tax-h2.mv.db"));
        // no reuse of an unchanged query's result, else the repeated runs time H2's result cache
        // and the page cache of the workbench's embedded database (storage's ConnectionSettings)
        h2.setURL("jdbc:h2:file:" + h2File.toAbsolutePath() + ";OPTIMIZE_REUSE_RESULTS=0;CACHE_SIZE=8192"
                + System.getProperty("tax.h2options", ""));
        // As the storage bundle does: one connection held open keeps the embedded database open between
        // the service's connections (else H2 opens and closes the file for each of them).
        if (!only.equals("postgresql")) {
            try (Connection keepOpen = h2.getConnection()) {
                run("H2 (file)", Database.of(h2, Dialect.H2), files, okrugs.get(0));
            }
        }
        if (!only.equals("h2")) {
            try (TestDatabase pg = TestDatabase.postgres()) {
                run("PostgreSQL", pg.database(), files, okrugs.get(0));
            }
        }
    }

    /**
     * Takes the service's audit entries and keeps none. The product writes them to its database (one
     * per okrug and file; the workbench benchmark measures that); a test log holding the 230 000 entries
     * of 10 million payments in a copy-on-write list was most of this JVM's heap and allocation.
     */
    private static final class DiscardingAuditLog implements AuditLog {
        @Override
        public AuditEntry append(String action, String target, String before, String after) {
            return new AuditEntry(java.time.Instant.now(), "benchmark", action, target, before, after);
        }

        @Override
        public List<AuditEntry> entries() {
            return List.of();
        }
    }

    /** A 2025 vehicle-tax-like liability of 10 000 tenge due 1 April 2026 on every account the files pay on. */
    private static void assessEveryAccount(TaxServiceImpl tax, Database database, List<Path> files) throws Exception {
        java.util.Set<String> accounts = new java.util.TreeSet<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";");
                accounts.add(f[6] + ";" + f[1] + ";" + f[2]);
            }
        }
        List<kz.aimaq.tax.api.Assessment> assessments = new ArrayList<>();
        for (String account : accounts) {
            String[] a = account.split(";");
            assessments.add(new kz.aimaq.tax.api.Assessment(a[0], "B-" + a[1] + "-" + a[2], a[1], 2025, a[2], 10_000_00,
                    LocalDate.of(2026, 4, 1), "benchmark", false));
        }
        long t = System.nanoTime();
        TaxStore store = new TaxStore(database.dataSource());
        store.inTransaction(c -> {
            store.replaceAssessments(c, "", 2025, assessments);
            tax.rebuildArrearsSummary(c, "");
            return null;
        });
        System.out.printf("  %,d accounts assessed (and their arrears summary built) in %.1f s%n", assessments.size(),
                (System.nanoTime() - t) / 1e9);
    }

    /** The largest resident set seen since the last {@link #residentPeakSince()}, in kB. */
    private static volatile long sampledPeakKb;

    private static void sampleResidentMemory() {
        while (true) {
            sampledPeakKb = Math.max(sampledPeakKb, status("VmRSS:"));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The sampled peak since the last call, in MB, and starts a new period. */
    private static long residentPeakSince() {
        long peak = Math.max(sampledPeakKb, status("VmRSS:"));
        sampledPeakKb = 0;
        return peak >> 10;
    }

    /** A line of /proc/self/status in kB (Linux), or 0 where there is none. */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void run(String name, Database database, List<Path> files, String okrug) throws Exception {
        UserContext admin = new TestUser("benchmark", TestRegions.ALMATY_REGION, Locale.ENGLISH, UserContext.ROLE_ADMIN);
        Units anyOkrug = new Units() {
            @Override
            public boolean isBudgetUnit(String kato) {
                return true;
            }

            @Override
            public List<String> budgetUnitsUnder(String code) {
                return List.of();
            }

            @Override
            public String name(String kato, Locale locale) {
                return kato;
            }
        };
        TaxServiceImpl tax = TaxServiceImpl.withoutFramework(database, anyOkrug, admin, new DiscardingAuditLog(), TODAY);
        if (ASSESSED) {
            assessEveryAccount(tax, database, files);
        }
        long rows = 0;
        double[] seconds = new double[files.size()];
        double[] moveSeconds = new double[files.size()];
        boolean movesOnH2 = database.dialect() == Dialect.H2;
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long maxHeap = 0;
        residentPeakSince();
        long importRss = 0;
        long paused = 0;
        long cpuPaused = 0;
        // allocation and CPU per file: steadier than wall time on a shared machine
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
        for (int i = 0; i < files.size(); i++) {
            long t = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long allocatedBefore = allocations.getCurrentThreadAllocatedBytes();
            PaymentImportPreview preview = tax.previewPayments(files.get(i));
            rows += tax.importPayments(preview);
            seconds[i] = (System.nanoTime() - t) / 1e9;
            double fileCpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
            long allocated = allocations.getCurrentThreadAllocatedBytes() - allocatedBefore;
            // on H2 the workbench moves the file's rows on behind the user's back; here before the next file, timed apart
            long moveStart = System.nanoTime();
            tax.movePayments();
            moveSeconds[i] = (System.nanoTime() - moveStart) / 1e9;
            paused += System.nanoTime() - moveStart;
            Runtime r = Runtime.getRuntime();
            maxHeap = Math.max(maxHeap, r.totalMemory() - r.freeMemory());
            long rss = residentPeakSince();
            importRss = Math.max(importRss, rss);
            System.out.printf("  %s file %d/%d: %,d payments so far, %.1f s wall so far, this file %.2f s (%.2f s CPU,"
                    + " %,d MB allocated by the importing thread)%s, resident up to %d MB (import so far %d MB), heap"
                    + " up to %d MB, load %s, %s%n", name, i + 1, files.size(), rows,
                    (System.nanoTime() - start - paused) / 1e9, seconds[i], fileCpu, allocated >> 20,
                    movesOnH2 ? String.format(", then moved from the recent payments in %.2f s", moveSeconds[i]) : "",
                    rss, importRss, maxHeap >> 20, load(), java.time.LocalTime.now().withNano(0));
            if (CHECKPOINT > 0 && i + 1 < files.size() && rows / CHECKPOINT > (rows - FILE_ROWS) / CHECKPOINT) {
                // summaries part way, so that a run stopped before the end still compares them at its size
                long pause = System.nanoTime();
                long cpuPause = threads.getCurrentThreadCpuTime();
                System.out.printf("  %s at %,d payments:%n", name, rows);
                summarise(tax, database, okrug);
                System.out.printf("  resident memory while summarising up to %d MB%n", residentPeakSince());
                paused += System.nanoTime() - pause;
                cpuPaused += threads.getCurrentThreadCpuTime() - cpuPause;
            }
        }
        double total = (System.nanoTime() - start - paused) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart - cpuPaused) / 1e9;
        System.out.printf("%n%s: imported %,d payments in %.1f s wall (%,.0f rows/s), %.1f s CPU of the importing"
                + " thread (the machine's load shows as the difference); one 100 000-row file: median %.2f s wall%s;"
                + " heap used up to %d MB; resident memory while importing up to %d MB (target < 250 MB), peak of"
                + " the process so far (VmHWM) %d MB; load %s%n", name, rows, total, rows / total, cpu, median(seconds),
                movesOnH2 ? String.format(", its move from the recent payments (behind the user's back) median %.2f s",
                        median(moveSeconds)) : "", maxHeap >> 20, importRss, status("VmHWM:") >> 10, load());
        summarise(tax, database, okrug);
        System.out.printf("  resident memory while summarising up to %d MB (target < 250 MB); VmHWM %d MB; load %s%n",
                residentPeakSince(), status("VmHWM:") >> 10, load());
    }

    /**
     * The summaries against a plain GROUP BY over {@code tax_payment}, which then holds every payment:
     * each file's rows were moved out of the recent payments before (on H2; on PostgreSQL they never
     * go there), and the totals are compared. Over a UNION ALL of both tables H2 materialised millions
     * of rows first.
     */
    private static void summarise(TaxServiceImpl tax, Database database, String okrug) throws SQLException {
        String okrugSummary = "SELECT tax_month, kbk, SUM(amount_tiyn) FROM tax_receipt_month WHERE okrug = ?"
                + " AND tax_year = 2026 GROUP BY tax_month, kbk";
        String okrugPlain = "SELECT EXTRACT(MONTH FROM pay_date), kbk, SUM(amount_tiyn) FROM " + TaxStore.PAYMENTS + " WHERE okrug = ?"
                + " AND pay_date >= DATE '2026-01-01' AND pay_date < DATE '2027-01-01' GROUP BY EXTRACT(MONTH FROM pay_date), kbk";
        String nationalSummary = "SELECT tax_month, kbk, SUM(amount_tiyn) FROM tax_receipt_month WHERE tax_year = 2026"
                + " GROUP BY tax_month, kbk";
        String nationalPlain = "SELECT EXTRACT(MONTH FROM pay_date), kbk, SUM(amount_tiyn) FROM " + TaxStore.PAYMENTS
                + " WHERE pay_date >= DATE '2026-01-01' AND pay_date < DATE '2027-01-01'"
                + " GROUP BY EXTRACT(MONTH FROM pay_date), kbk";
        compare("okrug × month × КБК, one okrug", database, okrugSummary, okrugPlain, okrug);
        compare("national КБК × month roll-up", database, nationalSummary, nationalPlain, null);
        long viaService = timeMedian(() -> tax.execution("190000000", 2026, LocalDate.now(TODAY)).size());
        System.out.printf("  dashboard execution() for the region (summary table, all okrugs): median %.1f ms; load %s, %s%n",
                viaService / 1e6, load(), java.time.LocalTime.now().withNano(0));
    }

    /** Both queries on one open connection, so that the time is the query's, not a connection's set-up. */
    private static void compare(String what, Database database, String summary, String plain, String okrug)
            throws SQLException {
        long[] sums = new long[2];
        long s;
        long p;
        try (Connection c = database.dataSource().getConnection()) {
            s = timeMedian(() -> sums[0] = query(c, summary, okrug));
            p = timeMedian(() -> sums[1] = query(c, plain, okrug));
        }
        if (sums[0] != sums[1]) {
            throw new IllegalStateException(what + ": summary " + sums[0] + " != GROUP BY " + sums[1]);
        }
        System.out.printf("  %s: summary table median %.2f ms, plain GROUP BY median %.2f ms, ratio %.1f×"
                + " (same total %,d tiyn)%n", what, s / 1e6, p / 1e6, (double) p / s, sums[0]);
    }

    private interface Timed {
        long run() throws SQLException;
    }

    private static long timeMedian(Timed timed) throws SQLException {
        timed.run();
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            timed.run();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static long query(Connection c, String sql, String okrug) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (okrug != null) {
                s.setString(1, okrug);
            }
            long total = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    total += rs.getLong(3);
                }
            }
            return total;
        }
    }

    /** 1 January to 5 December 2026: the days the files' payments fall on. */
    private static final int DAYS = 339;

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Deterministic bank files: valid synthetic IINs, three КБК, dates through 6 December 2026. As the
     * Treasury's statements come, each file covers its own stretch of days, one after the other
     * ({@code -Dtax.dates=year}: each file's dates anywhere in the year, as before 2026-12-07 evening).
     */
    private static List<Path> files(Path work, long payments, List<String> okrugs) throws IOException {
        boolean wholeYear = "year".equals(System.getProperty("tax.dates"));
        long fileCount = (payments + FILE_ROWS - 1) / FILE_ROWS;
        Random random = new Random(13);
        String[] payers = new String[20_000];
        for (int i = 0; i < payers.length; i++) {
            payers[i] = SyntheticData.iin(random, i);
        }
        List<Path> files = new ArrayList<>();
        long written = 0;
        for (int f = 0; written < payments; f++) {
            Path file = work.resolve("bank-" + f + ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("date;payer;kbk;knp;amount;document;kato\n");
                for (int i = 0; i < FILE_ROWS && written < payments; i++, written++) {
                    int from = wholeYear ? 0 : (int) (DAYS * f / fileCount);
                    int to = wholeYear ? DAYS : (int) Math.max(from + 1, DAYS * (f + 1) / fileCount);
                    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(from + random.nextInt(to - from));
                    out.write(day + ";" + payers[random.nextInt(payers.length)] + ";" + KBK[random.nextInt(3)] + ";911;"
                            + (100 + random.nextInt(50_000)) + "." + (10 + random.nextInt(90)) + ";B" + written + ";"
                            + okrugs.get(random.nextInt(okrugs.size())) + "\n");
                }
            }
            files.add(file);
        }
        return files;
    }
}
