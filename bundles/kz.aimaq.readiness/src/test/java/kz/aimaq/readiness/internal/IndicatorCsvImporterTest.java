package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.InputProblem;
import kz.aimaq.readiness.api.InvalidInputException;

/** CSV import is all or nothing, and names file, line and field of every problem. */
class IndicatorCsvImporterTest {

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();

    @Test
    void readsQuotedFieldsBomCrlfAndAnyColumnOrder() throws Exception {
        String csv = "\uFEFFsource,unit,indicator,period,value\r\n"
                + "\"BNS, survey \"\"ICT\"\"\",351010000,B1,2024,87.5\r\n"
                + "\"Korea, Republic of\",Korea (Republic of),OSI,2024-Q1,-1.5e-3\r\n";
        assertEquals(List.of(new IndicatorValue("351010000", "B1", "2024", 87.5, "BNS, survey \"ICT\""),
                new IndicatorValue("Korea (Republic of)", "OSI", "2024-Q1", -0.0015, "Korea, Republic of")),
                engine.importValues(stream(csv), "v.csv", Locale.ENGLISH));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsImported() {
        String csv = """
                unit,indicator,period,value,source
                351010000,A1,2024,12.5,operator
                35101,A1,2024,1,operator
                351010000,A2,24,abc,
                351010000,A1,2024,13,operator
                351010000,A3,2024
                """;
        assertEquals(List.of("v.csv:3:unit: \"35101\" is not a 9-digit KATO code",
                "v.csv:4:period: \"24\" is not a period such as 2024, 2024-Q1, 2024-03 or 2024-03-31",
                "v.csv:4:value: \"abc\" is not a number: use a point as the decimal separator",
                "v.csv:4:source: must not be empty",
                "v.csv:5:unit: repeats line 2 (same unit, indicator and period)",
                "v.csv:6:-: malformed CSV: 3 fields where the header has 5 (a ',' in a value must be quoted)"), problems(csv));
    }

    @Test
    void missingColumnsUnclosedQuotesAndBadEncodingAreRefused() {
        assertEquals(List.of("v.csv:1:source: the header lacks these columns; it must name unit, indicator, period,"
                + " value, source"), problems("unit,indicator,period,value\n"));
        assertEquals(List.of("v.csv:2:-: malformed CSV: a quoted field is not closed"),
                problems("unit,indicator,period,value,source\n\"351010000,A1,2024,1,x\n"));
        byte[] latin1 = "unit,indicator,period,value,source\n351010000,A1,2024,1,s\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("v.csv:2:-: not UTF-8 text (another encoding such as Windows-1251?); save the file as CSV UTF-8"), problems(latin1));
    }

    @Test
    void semicolonFileFromAKazakhOrRussianExcelMayWriteDecimalsWithAComma() throws Exception {
        byte[] csv = "\uFEFFunit;indicator;period;value;source\r\n351010000;A1;2024;12,5;оператор\r\n"
                .getBytes(StandardCharsets.UTF_8);

        List<IndicatorValue> values = engine.importValues(new ByteArrayInputStream(csv), "v.csv", Locale.ENGLISH);

        assertEquals(12.5, values.get(0).value());
        assertEquals(List.of("v.csv:2:value: \"12,5,0\" is not a number: in a file separated by semicolons write"
                + " decimals with a comma or a point"),
                problems("unit;indicator;period;value;source\n351010000;A1;2024;12,5,0;x\n"));
    }

    private List<String> problems(String csv) {
        return problems(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(byte[] csv) {
        return assertThrows(InvalidInputException.class,
                () -> engine.importValues(new ByteArrayInputStream(csv), "v.csv", Locale.ENGLISH))
                .problems().stream().map(InputProblem::toString).toList();
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
