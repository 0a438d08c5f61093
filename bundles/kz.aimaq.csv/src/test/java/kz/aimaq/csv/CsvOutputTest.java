package kz.aimaq.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CsvOutputTest {

    private static String write(CsvConvention convention, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOutput out = CsvOutput.open(bytes, convention)) {
            rows.forEach(out::row);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void kazakhAndRussianUsersGetSemicolonsAndADecimalComma() throws IOException {
        CsvConvention convention = CsvConvention.of(Locale.forLanguageTag("kk"));
        String text = write(convention, List.of(
                List.of(convention.header("Код КАТО", "kato"), convention.header("Балл", "score")),
                List.of("351610000", convention.number(84.89607981381855, 2))));
        assertEquals("\uFEFFКод КАТО [kato];Балл [score]\r\n351610000;84,90\r\n", text);
        assertEquals(CsvConvention.SEMICOLON, CsvConvention.of(Locale.forLanguageTag("ru")));
    }

    @Test
    void englishUsersGetCommasAndADecimalPoint() throws IOException {
        CsvConvention convention = CsvConvention.of(Locale.ENGLISH);
        assertEquals("\uFEFF12.5,1,0\r\n", write(convention, List.of(List.of(
                convention.number(new BigDecimal("12.50"), 1), convention.flag(true), convention.flag(false)))));
    }

    @Test
    void fieldsHoldingTheSeparatorQuotesOrLineBreaksAreQuotedAndReadBackTheSame() throws IOException {
        List<String> awkward = List.of("Қоянды а.о.; \"Ескі\"", "a,b", "two\nlines", "");
        for (CsvConvention convention : List.of(CsvConvention.SEMICOLON, CsvConvention.COMMA)) {
            String text = write(convention, List.of(List.of("a", "b", "c", "d"), awkward));
            CsvInput back = CsvInput.read(text.getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of(), back.problems());
            assertEquals(awkward, back.rows().get(0).fields());
        }
    }

    @Test
    void noValueIsAnEmptyField() {
        assertEquals("", CsvConvention.COMMA.number(Double.NaN, 2));
        assertEquals("", CsvConvention.COMMA.number((BigDecimal) null, 2));
        assertEquals("", CsvConvention.COMMA.integer(null));
    }
}
