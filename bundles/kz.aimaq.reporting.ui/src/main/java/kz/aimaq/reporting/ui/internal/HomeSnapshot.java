package kz.aimaq.reporting.ui.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.ColumnType;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.api.Total;

/**
 * The figures Home showed last, kept in the data folder, so that the next start paints Home with
 * them at once, marked with their time, while it reads them again. One file per user, scope and
 * language: what a user sees there is what that user was shown before. Aggregates only (counts,
 * rates, shares), no taxpayer; failures are not kept, they are read again.
 */
final class HomeSnapshot {

    /** The figures and when they were read. */
    record Shown(Instant at, HomeFigures figures) {
    }

    /** Bumped when the stored form changes: a file of another form is not read. */
    private static final int FORM = 1;

    private final Path file;
    /** Read before it was asked for, until it is: null when not. */
    private volatile Optional<Shown> readAhead;

    HomeSnapshot(Path folder, String user, String scope, Locale locale) {
        this.file = folder.resolve("home-" + digest(user + "\n" + scope + "\n" + locale.toLanguageTag()) + ".bin");
    }

    Path file() {
        return file;
    }

    /**
     * The figures kept, if any: those read ahead the first time, else read now. A file that cannot be
     * read is passed over, and Home reads its figures as on a first start.
     */
    Optional<Shown> read() {
        Optional<Shown> ahead = readAhead;
        if (ahead != null) {
            readAhead = null;
            return ahead;
        }
        return readFile();
    }

    /** Reads the file now, for the next {@link #read()}: off the UI thread, before Home is built. */
    void readAhead() {
        readAhead = readFile();
    }

    /**
     * Read by hand, not by a JSON mapper: a start waits for it, and a mapper's first use cost about a
     * second of reflection on a cold JVM.
     */
    private Optional<Shown> readFile() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORM) {
                return Optional.empty();
            }
            Instant at = Instant.parse(in.readUTF());
            HomeFigures figures = new HomeFigures(in.readUTF(), readTable(in), readReturns(in), readTable(in),
                    readChart(in), readChart(in), in.readBoolean(), Optional.ofNullable(readText(in)).map(BigDecimal::new),
                    in.readUTF(), in.readBoolean(), List.of());
            return Optional.of(new Shown(at, figures));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the figures, replacing the file at once (a process stopped while writing leaves the old one). */
    void write(HomeFigures figures, Instant at) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "home-", ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORM);
                out.writeUTF(at.toString());
                out.writeUTF(figures.scopeName());
                writeTable(out, figures.units());
                out.writeInt(figures.returns().size());
                for (HomeFigures.Returns r : figures.returns()) {
                    out.writeUTF(r.title());
                    out.writeLong(r.expected());
                    out.writeLong(r.received());
                    out.writeLong(r.onTime());
                }
                writeTable(out, figures.bands());
                writeChart(out, figures.returnsChart());
                writeChart(out, figures.bandsChart());
                out.writeBoolean(figures.readinessSynthetic());
                writeText(out, figures.taxCollected().map(BigDecimal::toPlainString).orElse(null));
                out.writeUTF(figures.taxYear());
                out.writeBoolean(figures.taxSynthetic());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeTable(DataOutputStream out, Optional<Table> table) throws IOException {
        out.writeBoolean(table.isPresent());
        if (table.isEmpty()) {
            return;
        }
        Table t = table.get();
        out.writeUTF(t.title());
        out.writeInt(t.columns().size());
        for (Column c : t.columns()) {
            out.writeUTF(c.id());
            out.writeUTF(c.title());
            out.writeUTF(c.type().name());
            out.writeUTF(c.unit());
            out.writeInt(c.scale());
            out.writeUTF(c.total().name());
            writeText(out, c.numerator());
            writeText(out, c.denominator());
        }
        out.writeInt(t.rows().size());
        for (Row row : t.rows()) {
            out.writeUTF(row.kind().name());
            out.writeInt(row.level());
            for (Object cell : row.cells()) {
                writeText(out, cell == null ? null : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString());
            }
        }
    }

    private static Optional<Table> readTable(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        String title = in.readUTF();
        List<Column> columns = new ArrayList<>();
        for (int c = in.readInt(); c > 0; c--) {
            columns.add(new Column(in.readUTF(), in.readUTF(), ColumnType.valueOf(in.readUTF()), in.readUTF(), in.readInt(),
                    Total.valueOf(in.readUTF()), readText(in), readText(in)));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = in.readInt(); r > 0; r--) {
            RowKind kind = RowKind.valueOf(in.readUTF());
            int level = in.readInt();
            List<Object> cells = new ArrayList<>();
            for (Column column : columns) {
                String cell = readText(in);
                cells.add(cell == null ? null : switch (column.type()) {
                    case TEXT -> cell;
                    case INTEGER -> Long.valueOf(cell);
                    case DECIMAL, MONEY, PERCENT -> new BigDecimal(cell);
                    case DATE -> LocalDate.parse(cell);
                });
            }
            rows.add(new Row(kind, level, cells));
        }
        return Optional.of(new Table(title, columns, rows));
    }

    private static List<HomeFigures.Returns> readReturns(DataInputStream in) throws IOException {
        List<HomeFigures.Returns> returns = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            returns.add(new HomeFigures.Returns(in.readUTF(), in.readLong(), in.readLong(), in.readLong()));
        }
        return List.copyOf(returns);
    }

    private static void writeChart(DataOutputStream out, Optional<Chart> chart) throws IOException {
        out.writeBoolean(chart.isPresent());
        if (chart.isEmpty()) {
            return;
        }
        Chart c = chart.get();
        out.writeUTF(c.kind().name());
        out.writeUTF(c.title());
        out.writeUTF(c.unit());
        out.writeInt(c.categories().size());
        for (String category : c.categories()) {
            out.writeUTF(category);
        }
        out.writeInt(c.series().size());
        for (Series s : c.series()) {
            out.writeUTF(s.name());
            for (Double value : s.values()) {
                out.writeBoolean(value != null);
                out.writeDouble(value == null ? 0 : value);
            }
        }
    }

    private static Optional<Chart> readChart(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        ChartKind kind = ChartKind.valueOf(in.readUTF());
        String title = in.readUTF();
        String unit = in.readUTF();
        List<String> categories = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            categories.add(in.readUTF());
        }
        List<Series> series = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String name = in.readUTF();
            List<Double> values = new ArrayList<>();
            for (int v = 0; v < categories.size(); v++) {
                boolean present = in.readBoolean();
                double value = in.readDouble();
                values.add(present ? value : null);
            }
            series.add(new Series(name, values));
        }
        return Optional.of(new Chart(kind, title, unit, categories, series));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
