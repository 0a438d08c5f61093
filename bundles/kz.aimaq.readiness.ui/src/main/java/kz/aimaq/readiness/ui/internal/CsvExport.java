package kz.aimaq.readiness.ui.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.l10n.Messages;

/** Writes ranking rows as CSV: UTF-8 with a byte-order mark so that Excel reads Kazakh letters. */
final class CsvExport {

    private CsvExport() {
    }

    static void write(Path file, List<Row> rows, boolean synthetic, Locale locale, Messages messages,
            Function<String, Region> regions) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            out.write('\uFEFF');
            String[] header = {messages.get(Column.RANK.key()), messages.get(Column.CODE.key()),
                messages.get(Column.NAME.key()), messages.get(Column.LEVEL.key()), messages.get(Column.REGION.key()),
                messages.get(Column.SCORE.key()), messages.get(Column.BAND.key()), messages.get(Column.COVERAGE.key()),
                messages.get("column.intervalLow"), messages.get("column.intervalHigh"),
                messages.get("column.synthetic")};
            line(out, header);
            for (Row row : rows) {
                line(out, new String[] {row.rank() == 0 ? "" : Integer.toString(row.rank()), row.code(),
                    row.name(locale), messages.get(row.level().key()), Column.REGION.text(row, locale, messages, regions),
                    number(row.score()), Column.BAND.text(row, locale, messages, regions), number(row.coverage()),
                    row.interval() == null ? "" : Integer.toString(row.interval().low()),
                    row.interval() == null ? "" : Integer.toString(row.interval().high()),
                    Boolean.toString(synthetic)});
            }
        }
    }

    private static void line(Writer out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields[i]));
        }
        out.write("\r\n");
    }

    /** Plain decimal notation with a point, whatever the user's language: the file is data. */
    static String number(double value) {
        return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
