package kz.aimaq.reporting.internal.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Submission;

/**
 * The submission file an okrug sends when it has no connection: CSV in UTF-8 with the header
 * {@value #HEADER}, one line per value; the lines of one return share data set, period, unit,
 * user, time and content hash.
 */
final class SubmissionFile {

    static final String HEADER = "data_set,period,unit,user,submitted_at,field,value,content_hash";
    private static final int FIELDS = 8;

    private SubmissionFile() {
    }

    static void write(List<Submission> submissions, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
        csv.writeRecord(HEADER.split(","));
        for (Submission s : submissions) {
            for (Map.Entry<String, String> value : s.values().entrySet()) {
                csv.writeRecord(s.dataSet(), s.period(), s.unit(), s.user(), s.submittedAt().toString(), value.getKey(),
                        value.getValue(), s.contentHash());
            }
        }
        csv.flush();
        writer.flush();
    }

    /** A return as read, with the line it started on, for messages. */
    record Read(Submission submission, long line) {
    }

    /**
     * Reads every return of a file; problems of form (header, field count, time, a return whose
     * lines disagree) are added to {@code problems} with file, line and field.
     */
    static List<Read> read(Path file, ReportStrings s, List<String> problems) throws IOException {
        String name = file.getFileName().toString();
        Map<String, List<CsvRecord>> byReturn = new LinkedHashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    String first = String.join(",", record.getFields()).replace("\uFEFF", "");
                    if (!first.equals(HEADER)) {
                        problems.add(s.get("file.header", name, record.getStartingLineNumber(), HEADER));
                        return List.of();
                    }
                    header = false;
                    continue;
                }
                if (record.getFieldCount() != FIELDS) {
                    problems.add(s.get("file.fields", name, record.getStartingLineNumber(), FIELDS, record.getFieldCount()));
                    continue;
                }
                byReturn.computeIfAbsent(record.getField(0) + "|" + record.getField(1) + "|" + record.getField(2),
                        k -> new ArrayList<>()).add(record);
            }
            if (header) {
                problems.add(s.get("file.header", name, 1, HEADER));
            }
        }
        List<Read> reads = new ArrayList<>();
        for (List<CsvRecord> lines : byReturn.values()) {
            CsvRecord first = lines.get(0);
            Instant at;
            try {
                at = Instant.parse(first.getField(4));
            } catch (DateTimeParseException e) {
                problems.add(s.get("file.time", name, first.getStartingLineNumber(), "submitted_at", first.getField(4)));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean consistent = true;
            for (CsvRecord line : lines) {
                for (int f : new int[] {3, 4, 7}) {
                    if (!line.getField(f).equals(first.getField(f))) {
                        problems.add(s.get("file.disagrees", name, line.getStartingLineNumber(), HEADER.split(",")[f],
                                first.getStartingLineNumber()));
                        consistent = false;
                    }
                }
                if (values.put(line.getField(5), line.getField(6)) != null) {
                    problems.add(s.get("file.repeated", name, line.getStartingLineNumber(), "field", line.getField(5)));
                    consistent = false;
                }
            }
            if (consistent) {
                reads.add(new Read(new Submission(first.getField(0), first.getField(1), first.getField(2), first.getField(3), at,
                        values, first.getField(7)), first.getStartingLineNumber()));
            }
        }
        return reads;
    }
}
