package kz.aimaq.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.testing.TreeRegistry;

class RollUpTest {

    private static final List<Column> COLUMNS = List.of(
            Column.count("units", "Units", ""),
            Column.count("population", "Population", "people"),
            Column.count("received", "Received", ""),
            Column.ratio("rate", "Rate", "received", "units"));

    /** Each leaf counts once; two of the okrugs "submitted". */
    private static List<Object> values(Unit unit) {
        long received = unit.code().equals("193233100") || unit.code().equals("711100000") ? 1L : 0L;
        return java.util.Arrays.asList(1L, unit.population(), received, BigDecimal.valueOf(received));
    }

    @Test
    void nationRollsOkrugsUpWithSubtotalsAndSaysWhichCitiesHaveNoOkrugs() {
        RollUp rollUp = RollUp.okrugs(TreeRegistry.sample(), null);
        // the okrugs of Almaty Region, and Astana's two districts as their own lowest level
        assertEquals(List.of("193233100", "193235100", "194230100", "711100000", "711300000"),
                rollUp.leaves().stream().map(Unit::code).toList());
        Table table = rollUp.table("t", Languages.RUSSIAN, COLUMNS, RollUpTest::values, RollUp.Level.OKRUG);
        Row total = table.total().orElseThrow();
        assertEquals(5L, total.cell(table.column("units")));
        // 3 000 + 5 000 + 12 000 + 400 000 + 300 000; the village below Bakanas is not an okrug
        assertEquals(720_000L, total.cell(table.column("population")));
        assertEquals(new BigDecimal("0.4000"), total.cell(table.column("rate")));
        Row balkhash = table.rows().stream().filter(r -> "193200000".equals(r.cell(0))).findFirst().orElseThrow();
        assertEquals(RowKind.SUBTOTAL, balkhash.kind());
        assertEquals(1, balkhash.level());
        assertEquals(8_000L, balkhash.cell(table.column("population")));
        assertEquals(new BigDecimal("0.5000"), balkhash.cell(table.column("rate")));
        Row region = table.rows().get(0);
        assertEquals("Алматинская область", region.cell(1));
        assertEquals(20_000L, region.cell(table.column("population")));
        assertEquals(List.of("г.Астана: сельских округов нет, нижний уровень — районы города."), rollUp.notes(Languages.RUSSIAN));
        assertTrue(total.cell(1).toString().endsWith("Казахстан"));
    }

    @Test
    void districtDepthShowsDistrictsAsDetailRows() {
        RollUp rollUp = RollUp.okrugs(TreeRegistry.sample(), "190000000");
        Table table = rollUp.table("t", Locale.ENGLISH, COLUMNS, RollUpTest::values, RollUp.Level.DISTRICT);
        assertEquals(List.of(RowKind.SUBTOTAL, RowKind.DETAIL, RowKind.DETAIL, RowKind.TOTAL),
                table.rows().stream().map(Row::kind).toList());
        assertEquals(60_000L - 48_000L, table.rows().get(2).cell(table.column("population")));
        assertTrue(rollUp.notes(Locale.ENGLISH).isEmpty());
        assertEquals(List.of(20_000L), rollUp.sumsAt(RollUp.Level.REGION, COLUMNS, RollUpTest::values).values().stream()
                .map(cells -> cells.get(1)).toList());
    }

    @Test
    void ratioOfNothingIsEmptyAndUnknownScopeIsNamed() {
        assertNull(RollUp.ratio(BigDecimal.ONE, BigDecimal.ZERO));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RollUp.okrugs(TreeRegistry.sample(), "999999999"));
        assertTrue(e.getMessage().contains("999999999"));
    }

    @Test
    void cellsMustFitTheirColumns() {
        assertThrows(IllegalArgumentException.class,
                () -> new Table("t", List.of(Column.count("n", "N", "")), List.of(Row.of("text"))));
        assertThrows(IllegalArgumentException.class, () -> new Chart(ChartKind.BAR, "c", "", List.of("a", "b"),
                List.of(new Series("s", List.of(1.0)))));
    }

    @Test
    void periodsReadAsDhis2WritesThem() {
        assertEquals("2026-03", Period.parse("2026-03").id());
        assertEquals(java.time.LocalDate.of(2026, 6, 30), Period.parse("2026Q2").end());
        assertEquals("2025", Period.parse("2026").previous().id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-13"));
        assertTrue(e.getMessage().contains("2026-13"));
    }

    @Test
    void everyStringInEveryLanguage() throws Exception {
        assertEquals(List.of(), ReportStrings.problems(RollUp.class, "rollup"));
        assertTrue(RollUp.strings(Languages.KAZAKH).get("rollup.code").contains("ӘАОЖ"));
    }
}
