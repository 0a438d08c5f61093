package kz.aimaq.tax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.InvalidInputException;

/**
 * The module's one way to read and write CSV (FastCSV underneath): UTF-8 with or without a
 * byte-order mark, {@code ;} or {@code ,} as the header line uses, and every problem named by
 * file, line and field.
 */
final class TaxCsv {

    private TaxCsv() {
    }

    /** A data line: its fields by column name, and problems collected against its file and line. */
    static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> columns;
        private final List<String> fields;
        private final List<InputProblem> problems;

        Row(String file, long line, Map<String, Integer> columns, List<String> fields, List<InputProblem> problems) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.fields = fields;
            this.problems = problems;
        }

        long line() {
            return line;
        }

        /** The trimmed field; blank when the column is absent. */
        String text(String column) {
            Integer i = columns.get(column);
            return i == null || i >= fields.size() ? "" : fields.get(i).trim();
        }

        /** The trimmed field, or a problem (and {@code null}) when it is blank. */
        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                problem(column, "is empty");
                return null;
            }
            return value;
        }

        void problem(String column, String reason) {
            problems.add(new InputProblem(file, line, column, reason));
        }
    }

    /**
     * Reads a whole CSV file. A header missing a required column, or a line with more fields than
     * the header, is a problem; rows are returned for the caller's checks.
     */
    static List<Row> read(InputStream in, String file, List<String> requiredColumns, List<InputProblem> problems)
            throws IOException {
        byte[] bytes = in.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text)) {
            boolean first = true;
            for (CsvRecord record : reader) {
                if (first) {
                    first = false;
                    for (int i = 0; i < record.getFieldCount(); i++) {
                        columns.put(record.getField(i).trim().toLowerCase(java.util.Locale.ROOT), i);
                    }
                    for (String column : requiredColumns) {
                        if (!columns.containsKey(column)) {
                            problems.add(new InputProblem(file, record.getStartingLineNumber(), column,
                                    "the header has no column '" + column + "'; expected " + String.join(",",
                                            requiredColumns)));
                        }
                    }
                    continue;
                }
                if (record.getFieldCount() > columns.size()) {
                    problems.add(new InputProblem(file, record.getStartingLineNumber(), "-", "has "
                            + record.getFieldCount() + " fields, the header " + columns.size()));
                }
                rows.add(new Row(file, record.getStartingLineNumber(), columns, record.getFields(), problems));
            }
            if (first) {
                problems.add(new InputProblem(file, 0, "-", "is empty; expected a header line "
                        + String.join(",", requiredColumns)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            problems.add(new InputProblem(file, 0, "-", "is not valid CSV: " + e.getMessage()));
        }
        return rows;
    }

    /** Throws when any problem was collected. */
    static void refuseIfAny(List<InputProblem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Writes rows as UTF-8 CSV with a byte-order mark (so spreadsheets show Kazakh letters), {@code ;}-separated. */
    static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter writer = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.LF)
                .build(new java.io.OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8))) {
            writer.writeRecord(header);
            for (List<String> row : rows) {
                writer.writeRecord(row);
            }
        }
    }

    /** Lets the caller close the stream it opened. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
