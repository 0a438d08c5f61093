package kz.aimaq.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Paragraph;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.testing.TreeRegistry;

/** Results with Kazakh names and known totals, for the writers' tests. */
final class SampleResults {

    static final List<Column> COLUMNS = List.of(
            Column.count("population", "Халқы", "адам"),
            Column.count("expected", "Күтілген", ""),
            Column.count("received", "Түскен", ""),
            Column.ratio("completeness", "Толықтығы", "received", "expected"),
            Column.money("budget", "Бюджет"));

    private SampleResults() {
    }

    static List<Object> values(Unit unit) {
        long received = unit.code().endsWith("100") && !unit.code().startsWith("1942") ? 1L : 0L;
        return Arrays.asList(unit.population(), 1L, received, BigDecimal.valueOf(received),
                new BigDecimal("1234567.89"));
    }

    /** The sample registry rolled up to okrugs (total population 720 000), a chart of each kind and a map. */
    static ReportResult sample(Locale locale, boolean synthetic) {
        RollUp rollUp = RollUp.okrugs(TreeRegistry.sample(), null);
        Table table = rollUp.table("Округтер", locale, COLUMNS, SampleResults::values, RollUp.Level.OKRUG);
        List<String> okrugs = rollUp.leaves().stream().map(u -> u.name(locale)).toList();
        List<Double> population = rollUp.leaves().stream().map(u -> (double) u.population()).toList();
        Chart bar = new Chart(ChartKind.BAR, "Халқы бойынша", "адам", okrugs, List.of(new Series("Халқы", population)));
        Chart stacked = new Chart(ChartKind.STACKED_BAR, "Түскен және түспеген", "", okrugs, List.of(
                new Series("Түскен", List.of(1.0, 1.0, 0.0, 1.0, 1.0)), new Series("Түспеген", List.of(0.0, 0.0, 1.0, 0.0, 0.0))));
        Chart line = new Chart(ChartKind.LINE, "Ай сайын", "", List.of("01", "02", "03", "04"),
                List.of(new Series("Өтініштер", List.of(3.0, 5.0, 4.0, 8.0)), new Series("Есептер", List.of(1.0, 2.0, 2.0, 3.0))));
        Chart pie = new Chart(ChartKind.PIE, "Үлесі", "", List.of("Жоғары", "Орта", "Төмен"),
                List.of(new Series("Бірліктер", List.of(2.0, 2.0, 1.0))));
        List<MapPanel.MapArea> areas = new ArrayList<>();
        for (Unit leaf : rollUp.leaves()) {
            areas.add(new MapPanel.MapArea(leaf.code(), leaf.name(locale),
                    leaf.code().startsWith("19") ? "Алматы облысы" : "Астана қ.", leaf.code().endsWith("300000") ? -1 : 0));
        }
        MapPanel map = new MapPanel("Карта", List.of(new MapPanel.MapClass("Түскен", 0x1A9850)), areas);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Кезең", "2026");
        parameters.put("Бірлік", "Қазақстан");
        ReportMetadata metadata = new ReportMetadata("test.sample", parameters,
                List.of(new DataSource("ӘАОЖ 2026", LocalDate.of(2026, 1, 1), false),
                        new DataSource("Демо", LocalDate.of(2026, 3, 1), synthetic)),
                Instant.parse("2026-12-06T10:00:00Z"), "айгүл", rollUp.notes(locale));
        return new ReportResult("Деректердің толықтығы", locale, List.of(
                new Section("Кесте", List.of(new Paragraph("Әр округ бір рет есептеледі."), table)),
                new Section("Диаграммалар", List.of(bar, stacked, line, pie)),
                new Section("Карта", List.of(map))), metadata);
    }

    /** A table of {@code rows} generated okrug rows, to see pages break. */
    static ReportResult longTable(int rows, Locale locale) {
        TreeRegistry registry = new TreeRegistry()
                .unit("190000000", UnitKind.OBLAST, null, "Алматы облысы", "Алматинская область", null)
                .unit("193200000", UnitKind.DISTRICT, "190000000", "Балқаш ауданы", "Балхашский район", null);
        for (int i = 0; i < rows; i++) {
            registry.unit(String.format("1932%05d", 100 + i), UnitKind.RURAL_OKRUG, "193200000",
                    "Әбіш-Қөңіреұүһі ауылдық округі " + i, "Сельский округ " + i, 1000L + i);
        }
        RollUp rollUp = RollUp.okrugs(registry, null);
        Table table = rollUp.table("", locale, COLUMNS, SampleResults::values, RollUp.Level.OKRUG);
        ReportMetadata metadata = new ReportMetadata("test.long", Map.of(), List.of(), Instant.now(), "test", List.of());
        return new ReportResult("Ұзын кесте", locale, List.of(new Section("Кесте", List.of(table))), metadata);
    }
}
