package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.api.ReportResult;

/**
 * CSV in UTF-8 with a byte-order mark (Excel then reads Kazakh letters right), separated by
 * {@code ;} in Kazakh and Russian (where the comma is the decimal separator) and by {@code ,}
 * in English. The file holds the title and metadata as label–value lines, then each table: a
 * line with its section and caption, its header, its rows, and an empty line.
 */
final class CsvReportWriter {

    private CsvReportWriter() {
    }

    /** The field separator of a language. */
    static char separator(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? ',' : ';';
    }

    static void write(ReportResult result, OutputStream out, ProgressMonitor monitor) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        Cells cells = new Cells(result.locale());
        CsvWriter csv = CsvWriter.builder().fieldSeparator(separator(result.locale())).lineDelimiter(LineDelimiter.CRLF)
                .build(writer);
        csv.writeRecord(result.title());
        String banner = Labels.syntheticBanner(result);
        if (!banner.isEmpty()) {
            csv.writeRecord(banner);
        }
        for (Map.Entry<String, String> line : Labels.metadata(result)) {
            csv.writeRecord(line.getKey(), line.getValue());
        }
        for (Section section : result.sections()) {
            for (Table table : section.tables()) {
                Cancelled.check(monitor);
                csv.writeRecord(table.title().isEmpty() ? section.title() : section.title() + " — " + table.title());
                csv.writeRecord(table.columns().stream().map(Cells::heading).toList());
                rows(table, cells, csv);
            }
        }
        csv.flush();
        writer.flush();
    }

    /** Only the rows of every table, header first: what the benchmark compares the other formats with. */
    static void rows(Table table, Cells cells, CsvWriter csv) {
        List<String> record = new ArrayList<>(table.columns().size());
        for (Row row : table.rows()) {
            record.clear();
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                record.add(cells.plain(column, row.cell(c)));
            }
            csv.writeRecord(record);
        }
    }
}
