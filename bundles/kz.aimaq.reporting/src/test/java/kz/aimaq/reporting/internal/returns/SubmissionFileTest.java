package kz.aimaq.reporting.internal.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Submission;

/** The submission file through the shared CSV layer: what it writes reads back, and what is wrong is named by line. */
class SubmissionFileTest {

    private static final Submission MARCH = Submission.of("budget", "2026-03", "193233100", "Айгүл",
            Instant.parse("2026-04-05T10:15:00Z"), Map.of("revenue_actual", "950", "note", "ауыл, \"Көктал\""));
    private static final ReportStrings ENGLISH = ReportStrings.load(DataReturnsImpl.class, DataReturnsImpl.STRINGS,
            Languages.ENGLISH);

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    @Test
    void whatIsWrittenReadsBackWithKazakhLettersQuotesAndCommas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubmissionFile.write(List.of(MARCH), out);
        List<SubmissionFile.Read> reads = SubmissionFile.read(file("okrug.csv", out.toString(StandardCharsets.UTF_8)),
                ENGLISH, problems);
        assertEquals(List.of(), problems);
        assertEquals(1, reads.size());
        assertEquals(MARCH, reads.get(0).submission());
        assertEquals(2, reads.get(0).line(), "the return starts on the line after the header");
    }

    @Test
    void aLineOfTheWrongWidthIsNamedByFileAndLine() throws Exception {
        read("short.csv", SubmissionFile.HEADER + "\n" + line("revenue_actual", "950") + "\n"
                + "budget,2026-03,193233100,u,2026-04-05T10:15:00Z,note\n");
        assertEquals(List.of("short.csv, line 3: 8 fields expected, 6 found."), problems);
    }

    @Test
    void anUnclosedQuoteIsNamedByFileAndLine() throws Exception {
        read("quote.csv", SubmissionFile.HEADER + "\n" + line("revenue_actual", "950") + "\n"
                + "budget,2026-03,193233100,u,2026-04-05T10:15:00Z,note,\"open,h\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("quote.csv, line 3: ") && problems.get(0).contains("quoted field"),
                problems.get(0));
    }

    @Test
    void anotherHeaderRefusesTheFileAtItsFirstLine() throws Exception {
        List<SubmissionFile.Read> reads = read("other.csv", "unit,value\n193233100,5\n");
        assertEquals(List.of(), reads);
        assertEquals(List.of("other.csv, line 1: the header must be " + SubmissionFile.HEADER + "."), problems);
    }

    @Test
    void anEmptyFileHasNoHeader() throws Exception {
        read("empty.csv", "\n\n");
        assertEquals(List.of("empty.csv, line 1: the header must be " + SubmissionFile.HEADER + "."), problems);
    }

    @Test
    void aBadTimeIsNamedByLineAndField() throws Exception {
        read("time.csv", SubmissionFile.HEADER + "\n"
                + "budget,2026-03,193233100,u,5 April,revenue_actual,950," + MARCH.contentHash() + "\n");
        assertEquals(List.of("time.csv, line 2, field submitted_at: \"5 April\" is not a time such as "
                + "2026-04-05T10:15:00Z."), problems);
    }

    private List<SubmissionFile.Read> read(String name, String text) throws Exception {
        return SubmissionFile.read(file(name, text), ENGLISH, problems);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String line(String field, String value) {
        return "budget,2026-03,193233100,u,2026-04-05T10:15:00Z," + field + "," + value + "," + MARCH.contentHash();
    }
}
