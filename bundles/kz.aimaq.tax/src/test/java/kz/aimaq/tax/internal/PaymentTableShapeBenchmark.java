package kz.aimaq.tax.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * {@code mvn -q -B test-compile exec:exec -pl bundles/kz.aimaq.tax
 * -Dtax.benchmark=kz.aimaq.tax.internal.PaymentTableShapeBenchmark [-Dtax.payments=1000000]}: what
 * the payment table's shape costs H2 alone, without the service. Two tables of the same payment
 * columns, each first filled with {@code tax.payments} rows, then three 100 000-row "files" written
 * into each, one transaction per file, in key order as {@code TaxStore.insertPayments} writes them:
 * <ul>
 * <li><b>composite key</b>: the shape of migration V4, primary key (okrug, payer, КБК, row key). H2
 * keeps such a table as a row map by an internal row id plus the key's index, a second tree into
 * which every file's rows go at places spread over the whole index;</li>
 * <li><b>appended</b>: a single BIGINT key that grows with each row, which H2 uses as the row map's
 * own key, so a file's rows go to the end of one tree.</li>
 * </ul>
 * Prints per file the insert and commit times and the bytes the writing thread allocated, the
 * medians, and the ratio of the two shapes.
 */
public final class PaymentTableShapeBenchmark {

    private static final int FILE_ROWS = 100_000;
    private static final int FILES = 3;
    private static final int ROWS_PER_INSERT = 100;
    private static final String[] KBK = {"104102", "104302", "104402"};
    private static final String COLUMNS = "okrug, payer_id, kbk, pay_date, knp, amount_tiyn, document, file_sha256,"
            + " file_line, row_key";

    private enum Shape {
        COMPOSITE_KEY("row_key VARCHAR(64) NOT NULL, PRIMARY KEY (okrug, payer_id, kbk, row_key)"),
        APPENDED("row_key BIGINT NOT NULL PRIMARY KEY");

        final String keyColumns;

        Shape(String keyColumns) {
            this.keyColumns = keyColumns;
        }
    }

    private final Random random = new Random(13);
    private long written;

    private PaymentTableShapeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // whole files, so that every INSERT statement carries ROWS_PER_INSERT rows
        long preload = Long.getLong("tax.payments", 1_000_000) / FILE_ROWS * FILE_ROWS;
        Path work = Files.createDirectories(Path.of("target", "benchmark-shape"));
        double[] medians = new double[Shape.values().length];
        for (Shape shape : Shape.values()) {
            medians[shape.ordinal()] = new PaymentTableShapeBenchmark().run(shape, work, preload);
        }
        System.out.printf("%ncomposite key against appended, one 100 000-row file into %,d payments: %.1f×%n", preload,
                medians[Shape.COMPOSITE_KEY.ordinal()] / medians[Shape.APPENDED.ordinal()]);
    }

    /** @return the median seconds of one file, insert and commit */
    private double run(Shape shape, Path work, long preload) throws SQLException, java.io.IOException {
        Path file = work.resolve(shape.name().toLowerCase());
        Files.deleteIfExists(work.resolve(file.getFileName() + ".mv.db"));
        // the embedded database's page cache, as storage's ConnectionSettings sets it
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath() + ";CACHE_SIZE=8192")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE payment (okrug VARCHAR(9) NOT NULL, payer_id VARCHAR(12) NOT NULL, kbk VARCHAR(6)"
                        + " NOT NULL, pay_date DATE NOT NULL, knp VARCHAR(3) NOT NULL, amount_tiyn BIGINT NOT NULL,"
                        + " document VARCHAR(60) NOT NULL, file_sha256 VARCHAR(64) NOT NULL, file_line BIGINT NOT NULL, "
                        + shape.keyColumns + ")");
            }
            c.setAutoCommit(false);
            long t = System.nanoTime();
            for (long n = 0; n < preload; n += FILE_ROWS) {
                write(c, shape, FILE_ROWS);
                c.commit();
            }
            System.out.printf("%s: %,d payments written first in %.1f s%n", shape, preload, (System.nanoTime() - t) / 1e9);
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            double[] seconds = new double[FILES];
            for (int i = 0; i < FILES; i++) {
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                write(c, shape, FILE_ROWS);
                long inserted = System.nanoTime();
                c.commit();
                long end = System.nanoTime();
                seconds[i] = (end - start) / 1e9;
                System.out.printf("  file %d: insert %.2f s, commit %.2f s, %,d MB allocated%n", i + 1,
                        (inserted - start) / 1e9, (end - inserted) / 1e9,
                        (threads.getCurrentThreadAllocatedBytes() - allocated) >> 20);
            }
            Arrays.sort(seconds);
            System.out.printf("  median %.2f s per file%n", seconds[FILES / 2]);
            return seconds[FILES / 2];
        }
    }

    /** Rows spread over 2 300 okrugs and 20 000 payers like TaxBenchmark's files, written in key order. */
    private void write(Connection c, Shape shape, int rows) throws SQLException {
        List<Object[]> payments = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            written++;
            Object rowKey = shape == Shape.APPENDED ? (Object) written
                    : String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
                            random.nextLong());
            payments.add(new Object[] {String.format("19%07d", random.nextInt(2_300)),
                String.format("%012d", random.nextInt(20_000) * 7_919L), KBK[random.nextInt(KBK.length)],
                Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(339))), "911",
                (long) random.nextInt(5_000_000), "B" + written, "0".repeat(64), written, rowKey});
        }
        if (shape == Shape.COMPOSITE_KEY) {
            payments.sort(Comparator.comparing((Object[] p) -> (String) p[0]).thenComparing(p -> (String) p[1])
                    .thenComparing(p -> (String) p[2]).thenComparing(p -> (String) p[9]));
        }
        String values = String.join(", ", Collections.nCopies(ROWS_PER_INSERT, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO payment (" + COLUMNS + ") VALUES " + values)) {
            for (int from = 0; from < rows; from += ROWS_PER_INSERT) {
                int p = 0;
                for (Object[] payment : payments.subList(from, from + ROWS_PER_INSERT)) {
                    for (Object value : payment) {
                        insert.setObject(++p, value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }
}
