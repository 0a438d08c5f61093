package kz.aimaq.tax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.InvalidInputException;

/**
 * The tax module's side of the shared CSV layer ({@code kz.aimaq.csv}): rows read by column
 * name, and every problem, the reader's and the module's own, named by file, line and field.
 */
final class TaxCsv {

    private TaxCsv() {
    }

    /** A data line of a CSV file: its fields by column name, problems against its file and line. */
    static final class Row extends InputRow {
        private final CsvInput csv;
        private final CsvRow row;

        Row(String file, CsvInput csv, CsvRow row, Messages texts, List<InputProblem> problems) {
            super(file, row.line(), texts, problems);
            this.csv = csv;
            this.row = row;
        }

        @Override
        String text(String column) {
            return row.get(csv.column(column)).trim();
        }
    }

    /**
     * Reads a whole CSV file. The reader's problems (encoding, quoting, a line of another width)
     * and a header missing a required column are problems, said in {@code locale}'s language (the
     * importing user's); rows are returned for the caller's checks, their problems said in the same.
     */
    static List<Row> read(InputStream in, String file, List<String> requiredColumns, Locale locale,
            List<InputProblem> problems) throws IOException {
        Messages texts = ProblemTexts.of(locale);
        CsvInput csv = CsvInput.read(in.readAllBytes());
        csv.problems().forEach(p -> problems.add(new InputProblem(file, p.line(), p.field(), p.message(locale))));
        if (!csv.header().isEmpty()) {
            for (String column : csv.missing(requiredColumns)) {
                problems.add(new InputProblem(file, 1, column, texts.get("header.missing", column,
                        String.join(",", requiredColumns))));
            }
        }
        List<Row> rows = new ArrayList<>(csv.rows().size());
        csv.rows().forEach(row -> rows.add(new Row(file, csv, row, texts, problems)));
        return rows;
    }

    /** Throws when any problem was collected. */
    static void refuseIfAny(List<InputProblem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Writes rows in the house CSV convention ({@code ;}, UTF-8 with a byte-order mark); the stream stays open. */
    static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        try (CsvOutput csv = CsvOutput.open(out, CsvConvention.SEMICOLON)) {
            csv.row(header);
            rows.forEach(csv::row);
        }
    }
}
