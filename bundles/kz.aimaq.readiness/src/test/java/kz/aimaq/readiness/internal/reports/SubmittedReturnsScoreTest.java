package kz.aimaq.readiness.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.internal.ReadinessCommand;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.readiness.internal.returns.IndicatorReturns;
import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReturnRate;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.internal.returns.DataReturnsImpl;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TreeRegistry;

/**
 * End to end on a real H2 database: an okrug submits its readiness indicators through the real
 * data returns, and the readiness reports score them instead of the synthetic demo set.
 */
class SubmittedReturnsScoreTest {

    private static final String AKZHAR = "193233100";
    private static final String BAKANAS = "193235100";

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();
    private final Methodology methodology = engine.shippedMethodology(IndicatorReturns.METHODOLOGY);
    private final List<AuditEntry> audit = new ArrayList<>();
    private TestDatabase db;
    private TreeRegistry registry;
    private DataReturnsImpl returns;
    private IndicatorReturns indicatorReturns;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.h2();
        registry = TreeRegistry.sample();
        // returns for 2025 are due by 1 March 2026; this one comes on 20 January
        Clock clock = Clock.fixed(Instant.parse("2026-01-20T10:00:00Z"), ZoneOffset.UTC);
        returns = new DataReturnsImpl(db.database(),
                Migrations.fromClassLoader(DataReturnsImpl.class.getClassLoader(), DataReturnsImpl.MIGRATIONS),
                new TestUser("болат", TestRegions.ALMATY_REGION, Languages.ENGLISH, "registry-editor"), registry, clock,
                List.of());
        returns.setAuditLog(new AuditLog() {
            @Override
            public AuditEntry append(String action, String target, String before, String after) {
                AuditEntry entry = new AuditEntry(clock.instant(), "болат", action, target, before, after);
                audit.add(entry);
                return entry;
            }

            @Override
            public List<AuditEntry> entries() {
                return audit;
            }
        });
        indicatorReturns = IndicatorReturns.of(methodology);
        returns.addDataSet(indicatorReturns);
        indicatorReturns.setReturns(returns);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** The best value of every field: each indicator at its upper goalpost (ratios as 100 of a denominator). */
    private Map<String, String> bestValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Indicator indicator : methodology.indicators()) {
            BigDecimal best = BigDecimal.valueOf(indicator.normalisation().upper()).stripTrailingZeros();
            if (indicator.ratio() == null) {
                values.put(indicator.id(), best.toPlainString());
            } else {
                BigDecimal denominator = BigDecimal.valueOf(200);
                values.put(indicator.ratio().denominator(), denominator.toPlainString());
                values.put(indicator.ratio().numerator(), best.multiply(denominator)
                        .divide(BigDecimal.valueOf(indicator.ratio().factor())).stripTrailingZeros().toPlainString());
            }
        }
        return values;
    }

    private static ReportRequest request(String unit) {
        return new ReportRequest(unit, Period.parse("2025"), LocalDate.of(2026, 3, 1), Locale.ENGLISH, "тест");
    }

    private BigDecimal index(ReportResult scorecard) {
        return (BigDecimal) scorecard.sections().get(0).tables().get(0).rows().get(0).cell(2);
    }

    @Test
    void theReadinessDataSetAsksForTheEnginesSeries() {
        assertEquals("readiness.indicators", returns.dataSets().get(0).id());
        assertEquals(bestValues().keySet(), returns.dataSets().get(0).fields(),
                "plain indicators, and numerator and denominator of the ratios");
        assertTrue(returns.fieldTitle("readiness.indicators", "A2.settlements").get(Languages.KAZAKH).contains("A2"));
    }

    @Test
    void aSubmittedReturnIsScoredInsteadOfTheSyntheticDemo() throws Exception {
        ScorecardReport scorecard = new ScorecardReport(engine, registry, true);
        scorecard.submitted = indicatorReturns;
        ReportResult before = scorecard.run(request(AKZHAR), ProgressMonitor.UNWATCHED);
        assertTrue(before.metadata().synthetic(), "no return yet: the labelled demo");
        BigDecimal demo = index(before);

        returns.submit("readiness.indicators", Period.parse("2025"), AKZHAR, bestValues());
        assertEquals("returns.submit", audit.get(audit.size() - 1).action());
        ReturnRate rate = returns.rates("readiness.indicators", Period.parse("2025"), "193200000").get(AKZHAR);
        assertTrue(rate.received() && rate.onTime(), "expected for 2025 although the registry begins on 1 January 2026");

        ReportResult after = scorecard.run(request(AKZHAR), ProgressMonitor.UNWATCHED);
        assertFalse(after.metadata().synthetic(), "scored on the return: nothing synthetic went in");
        assertEquals(new BigDecimal("100.0"), index(after), "every indicator at its upper goalpost");
        assertNotEquals(demo, index(after));
        assertTrue(after.metadata().sources().get(0).name().contains("2025"));

        // the other okrug of the district sent nothing: no score, said so, no synthetic stand-in
        ReportException none = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                () -> scorecard.run(request(BAKANAS), ProgressMonitor.UNWATCHED));
        assertTrue(none.getMessage().contains("2025"), none.getMessage());
        RankingReport ranking = new RankingReport(engine, registry, true);
        ranking.submitted = indicatorReturns;
        Table rows = ranking.run(request("190000000"), ProgressMonitor.UNWATCHED).sections().get(1).tables().get(0);
        Row first = rows.rows().get(0);
        assertEquals(List.of(1L, AKZHAR), List.of(first.cell(0), first.cell(1)));
        assertEquals("No return", rows.rows().get(1).cell(5));
    }

    @Test
    void aReturnReplacesTheImportedValuesOfItsUnitOnTheCommandLine() throws Exception {
        returns.submit("readiness.indicators", Period.parse("2025"), AKZHAR, bestValues());
        List<IndicatorValue> imported = engine.synthetic(methodology, List.of(AKZHAR, BAKANAS), "2025", 7);
        List<IndicatorValue> merged = SubmittedValues.merge(imported, indicatorReturns.values("2025", null));
        assertTrue(merged.stream().filter(v -> v.unit().equals(AKZHAR)).allMatch(SubmittedValues::submitted),
                "no unit is scored on a mix of its return and imported values");
        assertTrue(merged.stream().filter(v -> v.unit().equals(BAKANAS)).allMatch(IndicatorValue::synthetic));

        Path data = dir.resolve("imported.csv");
        StringBuilder csv = new StringBuilder("unit,indicator,period,value,source\n");
        imported.forEach(v -> csv.append(v.unit()).append(',').append(v.indicator()).append(',').append(v.period())
                .append(',').append(v.value()).append(",statistics office\n"));
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("scores.csv");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = new ReadinessCommand(engine, null, indicatorReturns).run(List.of("score", "--methodology",
                "builtin:aimaq-okrug", "--data", data.toString(), "--out", out.toString(), "--period", "2025",
                "--returns", "190000000"), new PrintStream(text, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("1 units scored on the indicator returns"),
                text.toString(StandardCharsets.UTF_8));
        String akzhar = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(AKZHAR))
                .findFirst().orElseThrow();
        assertTrue(akzhar.startsWith(AKZHAR + ",scored,100.0000,1,"), "the return's values, not the imported ones: " + akzhar);
        assertTrue(akzhar.endsWith(",0"), "not synthetic: " + akzhar);
    }
}
