package kz.aimaq.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CsvInputTest {

    private static CsvInput read(String text) {
        return CsvInput.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsSemicolonFileWithByteOrderMarkAndQuotedSeparators() {
        CsvInput csv = read("\uFEFFkato;name_kk\r\n351610000;\"Қарағанды; қ.ә.\"\r\n");
        assertEquals(';', csv.separator());
        assertEquals(List.of("kato", "name_kk"), csv.header());
        assertEquals(List.of(new CsvRow(2, List.of("351610000", "Қарағанды; қ.ә."))), csv.rows());
        assertTrue(csv.problems().isEmpty());
    }

    @Test
    void findsColumnsByCodeOrByTheCodeInBracketsAfterALabel() {
        CsvInput csv = read("Код КАТО [kato],Name\n1,2\n");
        assertEquals(0, csv.column("kato"));
        assertEquals(1, csv.column("name"));
        assertEquals(-1, csv.column("population"));
        assertEquals(List.of("population"), csv.missing(List.of("kato", "population")));
    }

    @Test
    void aFileCutInsideItsLastLetterIsSaidToBeCutNotToBeInAnotherEncoding() {
        byte[] whole = "kato,name_kk\n351610000,Қарағанды\n".getBytes(StandardCharsets.UTF_8);
        // the copy stops after the first byte of the two of the last "ы"
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2);

        CsvProblem problem = CsvInput.read(cut).problems().get(0);

        assertEquals(CsvProblem.Kind.CUT_MID_CHARACTER, problem.kind());
        assertEquals(2, problem.line());
        assertEquals("файл әріптің ортасында аяқталады: ол көшіру немесе жүктеу кезінде үзіліп қалған; файлды толық"
                + " күйінде алыңыз", problem.message(Locale.forLanguageTag("kk")));
        byte[] cp1251 = "kato,name_ru\n351610000,Караганда\n".getBytes(Charset.forName("windows-1251"));
        assertEquals(CsvProblem.Kind.NOT_UTF8, CsvInput.read(cp1251).problems().get(0).kind(),
                "a file in another encoding is still said to be one");
        byte[] latin1 = "kato,name\n1,s\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(CsvProblem.Kind.NOT_UTF8, CsvInput.read(latin1).problems().get(0).kind(),
                "a whole last line ending in a Latin-1 letter is another encoding, not a cut");
    }

    @Test
    void blankLinesAreSkippedAndLaterLinesKeepTheirNumbers() {
        CsvInput csv = read("a,b\n\n1,2\n");
        assertEquals(3, csv.rows().get(0).line());
    }

    @Test
    void quotedLineBreakIsOneFieldAndTheNextRecordKeepsItsLine() {
        CsvInput csv = read("a,b\n1,\"two\nlines\"\n3,4\n");
        assertEquals("two\nlines", csv.rows().get(0).get(1));
        assertEquals(4, csv.rows().get(1).line());
    }

    @Test
    void recordOfAnotherWidthIsAProblemAtItsLine() {
        CsvInput csv = read("a,b,c\n1,2,3\n1,2\n");
        assertEquals(1, csv.rows().size());
        CsvProblem problem = csv.problems().get(0);
        assertEquals(3, problem.line());
        assertEquals("malformed CSV: 2 fields where the header has 3 (a ',' in a value must be quoted)",
                problem.message(Locale.ENGLISH));
    }

    @Test
    void unclosedQuoteIsAProblemAtTheLineItOpens() {
        CsvInput csv = read("a,b\n1,2\n3,\"open\n5,6\n");
        assertEquals(List.of(new CsvProblem(3, "-", CsvProblem.Kind.UNCLOSED_QUOTE, List.of())), csv.problems());
    }

    @Test
    void textAfterAClosingQuoteIsAProblem() {
        CsvInput csv = read("a,b\n3,\"x\"y\n");
        assertEquals(CsvProblem.Kind.TEXT_AFTER_QUOTE, csv.problems().get(0).kind());
        assertEquals(2, csv.problems().get(0).line());
    }

    @Test
    void windows1251LinesAreNamedAndCountedInTheUsersLanguage() {
        byte[] bytes = "kato,name\n1,Караганда\n2,Астана\n".getBytes(Charset.forName("windows-1251"));
        CsvInput csv = CsvInput.read(bytes);
        assertFalse(csv.decoded());
        assertEquals(1, csv.problems().size());
        assertEquals(2, csv.problems().get(0).line());
        assertTrue(csv.problems().get(0).message(Locale.ENGLISH).endsWith("1 more line(s) are not UTF-8 either, the last is line 3"));
        assertTrue(csv.problems().get(0).message(Locale.forLanguageTag("kk")).contains("UTF-8 емес"));
        assertEquals(List.of("kato", "name"), csv.header());
    }

    @Test
    void utf16AndEmptyFilesAreRefused() {
        assertEquals(CsvProblem.Kind.UTF16,
                CsvInput.read("a".getBytes(StandardCharsets.UTF_16)).problems().get(0).kind());
        assertEquals(CsvProblem.Kind.EMPTY, read("\n \n").problems().get(0).kind());
    }
}
