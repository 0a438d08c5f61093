package kz.aimaq.reporting.internal.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.csv.CsvProblem;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Submission;

/**
 * The submission file an okrug sends when it has no connection: CSV in UTF-8 with the header
 * {@value #HEADER}, one line per value; the lines of one return share data set, period, unit,
 * user, time and content hash. Written and read through {@code kz.aimaq.csv} (the house
 * convention with {@code ,}; a file whose header uses {@code ;}, as Excel saves it, reads too).
 */
final class SubmissionFile {

    static final String HEADER = "data_set,period,unit,user,submitted_at,field,value,content_hash";
    private static final int FIELDS = 8;

    private SubmissionFile() {
    }

    static void write(List<Submission> submissions, OutputStream out) throws IOException {
        try (CsvOutput csv = CsvOutput.open(out, CsvConvention.COMMA)) {
            csv.row(HEADER.split(","));
            for (Submission s : submissions) {
                for (Map.Entry<String, String> value : s.values().entrySet()) {
                    csv.row(s.dataSet(), s.period(), s.unit(), s.user(), s.submittedAt().toString(), value.getKey(),
                            value.getValue(), s.contentHash());
                }
            }
        }
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
        CsvInput input = CsvInput.read(Files.readAllBytes(file));
        if (input.decoded() && !input.header().isEmpty() && !String.join(",", input.header()).equals(HEADER)) {
            problems.add(s.get("file.header", name, 1, HEADER));
            return List.of();
        }
        for (CsvProblem problem : input.problems()) {
            problems.add(switch (problem.kind()) {
                case EMPTY -> s.get("file.header", name, 1, HEADER);
                case FIELD_COUNT -> s.get("file.fields", name, problem.line(), FIELDS, problem.arguments().get(0));
                default -> s.get("where", name, problem.line()) + " " + problem.message(s.locale());
            });
        }
        Map<String, List<CsvRow>> byReturn = new LinkedHashMap<>();
        for (CsvRow row : input.rows()) {
            byReturn.computeIfAbsent(row.get(0) + "|" + row.get(1) + "|" + row.get(2), k -> new ArrayList<>()).add(row);
        }
        List<Read> reads = new ArrayList<>();
        for (List<CsvRow> lines : byReturn.values()) {
            CsvRow first = lines.get(0);
            Instant at;
            try {
                at = Instant.parse(first.get(4));
            } catch (DateTimeParseException e) {
                problems.add(s.get("file.time", name, first.line(), "submitted_at", first.get(4)));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean consistent = true;
            for (CsvRow line : lines) {
                for (int f : new int[] {3, 4, 7}) {
                    if (!line.get(f).equals(first.get(f))) {
                        problems.add(s.get("file.disagrees", name, line.line(), HEADER.split(",")[f],
                                first.line()));
                        consistent = false;
                    }
                }
                if (values.put(line.get(5), line.get(6)) != null) {
                    problems.add(s.get("file.repeated", name, line.line(), "field", line.get(5)));
                    consistent = false;
                }
            }
            if (consistent) {
                reads.add(new Read(new Submission(first.get(0), first.get(1), first.get(2), first.get(3), at,
                        values, first.get(7)), first.line()));
            }
        }
        return reads;
    }
}
