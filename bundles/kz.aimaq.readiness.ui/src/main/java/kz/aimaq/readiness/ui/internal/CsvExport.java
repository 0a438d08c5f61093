package kz.aimaq.readiness.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * Writes ranking rows as CSV in the user's convention: headers in their language with the column
 * codes, scores to two decimals (one more than the view shows), coverage in percent, synthetic as 1/0.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(Path file, List<Row> rows, boolean synthetic, Locale locale, Messages messages,
            Function<String, Region> regions) throws IOException {
        CsvConvention convention = CsvConvention.of(locale);
        try (OutputStream stream = Files.newOutputStream(file); CsvOutput out = CsvOutput.open(stream, convention)) {
            out.row(convention.header(messages.get(Column.RANK.key()), "rank"),
                    convention.header(messages.get(Column.CODE.key()), "kato"),
                    convention.header(messages.get(Column.NAME.key()), "name"),
                    convention.header(messages.get(Column.LEVEL.key()), "level"),
                    convention.header(messages.get(Column.REGION.key()), "region"),
                    convention.header(messages.get(Column.SCORE.key()), "score"),
                    convention.header(messages.get(Column.BAND.key()), "band"),
                    convention.header(messages.get("csv.coverage"), "coverage_percent"),
                    convention.header(messages.get("column.intervalLow"), "rank_low"),
                    convention.header(messages.get("column.intervalHigh"), "rank_high"),
                    convention.header(messages.get("column.synthetic"), "synthetic"));
            for (Row row : rows) {
                out.row(row.rank() == 0 ? "" : Integer.toString(row.rank()), row.code(), row.name(locale),
                        messages.get(row.level().key()), Column.REGION.text(row, locale, messages, regions),
                        convention.number(row.score(), 2), Column.BAND.text(row, locale, messages, regions),
                        convention.number(row.coverage() * 100, 1),
                        row.interval() == null ? "" : Integer.toString(row.interval().low()),
                        row.interval() == null ? "" : Integer.toString(row.interval().high()),
                        convention.flag(synthetic));
            }
        }
    }
}
