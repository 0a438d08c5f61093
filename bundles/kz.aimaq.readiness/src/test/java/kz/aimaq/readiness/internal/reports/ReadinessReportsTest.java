package kz.aimaq.readiness.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.testing.TreeRegistry;

class ReadinessReportsTest {


    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();

    /** Two districts of twelve okrugs each. */
    private static TreeRegistry registry() {
        TreeRegistry registry = new TreeRegistry()
                .unit("190000000", UnitKind.OBLAST, null, "Алматы облысы", "Алматинская область", null)
                .unit("193200000", UnitKind.DISTRICT, "190000000", "Балқаш ауданы", "Балхашский район", null)
                .unit("194200000", UnitKind.DISTRICT, "190000000", "Ұйғыр ауданы", "Уйгурский район", null);
        for (int i = 0; i < 12; i++) {
            registry.unit(String.format("1932%02d100", 10 + i), UnitKind.RURAL_OKRUG, "193200000", "Ақжар " + i, "Акжар " + i, 3000L);
            registry.unit(String.format("1942%02d100", 10 + i), UnitKind.RURAL_OKRUG, "194200000", "Шонжы " + i, "Чунджа " + i, 3000L);
        }
        return registry;
    }

    private static ReportRequest request(String unit) {
        return new ReportRequest(unit, Period.parse("2025"), LocalDate.of(2026, 3, 1), Locale.forLanguageTag("kk"), "тест");
    }

    @Test
    void rankingCountsEveryOkrugInOneBandAndIsLabelledSynthetic() throws Exception {
        TreeRegistry registry = registry();
        ReportResult result = new RankingReport(engine, registry, true).run(request("190000000"), ProgressMonitor.UNWATCHED);
        assertTrue(result.metadata().synthetic());
        Table bands = result.sections().get(0).tables().get(0);
        Row total = bands.total().orElseThrow();
        long inBands = 0;
        for (int c = 2; c < bands.columns().size() - 1; c++) {
            inBands += (Long) total.cell(c);
        }
        assertEquals(24L, inBands, "every okrug is in a band or insufficient");
        Table ranking = result.sections().get(1).tables().get(0);
        assertEquals(24, ranking.rows().size());
        ScoreTable scores = ReadinessData.score(engine, null, registry.roots().stream().flatMap(r -> registry.children(r.code()).stream())
                .flatMap(d -> registry.children(d.code()).stream()).toList(), "2025", true).table();
        Row first = ranking.rows().get(0);
        assertEquals(1L, first.cell(0));
        String best = (String) first.cell(1);
        assertEquals(1, scores.unit(best).total().rank());
        assertEquals(BigDecimal.valueOf(scores.unit(best).total().score()).setScale(1, RoundingMode.HALF_UP), first.cell(4));
        MapPanel map = (MapPanel) result.sections().get(0).blocks().get(2);
        assertEquals(24, map.areas().size());
        assertEquals(List.of("Балқаш ауданы", "Ұйғыр ауданы"), map.areas().stream().map(MapPanel.MapArea::group).distinct().toList());
    }

    @Test
    void scorecardShowsTheOkrugsIndexAndPillars() throws Exception {
        TreeRegistry registry = registry();
        ReportResult result = new ScorecardReport(engine, registry, true).run(request("193210100"), ProgressMonitor.UNWATCHED);
        Table table = result.sections().get(0).tables().get(0);
        Row index = table.rows().get(0);
        assertEquals(RowKind.TOTAL, index.kind());
        List<Unit> district = registry.children("193200000");
        ScoreTable scores = ReadinessData.score(engine, null, district, "2025", true).table();
        assertEquals(BigDecimal.valueOf(scores.unit("193210100").total().score()).setScale(1, RoundingMode.HALF_UP), index.cell(2));
        assertTrue(result.title().contains("Ақжар 0"));
        assertThrows(ReportException.class, () -> new ScorecardReport(engine, registry, true).run(request("193200000"), ProgressMonitor.UNWATCHED));
    }

    /** The synthetic set is a demonstration a user chooses: an installation not set up for one shows no made-up scores. */
    @Test
    void withoutReturnsAndWithoutTheDemonstrationNothingIsScoredAndNothingIsSynthetic() throws Exception {
        TreeRegistry registry = registry();
        ReportResult result = new RankingReport(engine, registry, false).run(request("190000000"), ProgressMonitor.UNWATCHED);

        assertFalse(result.metadata().synthetic());
        Row total = result.sections().get(0).tables().get(0).total().orElseThrow();
        int columns = result.sections().get(0).tables().get(0).columns().size();
        assertEquals(0L, total.cell(columns - 1), "no okrug scored");
        Table ranking = result.sections().get(1).tables().get(0);
        assertTrue(ranking.rows().stream().allMatch(r -> r.cell(0) == null && r.cell(4) == null), "no rank, no score");
        assertTrue(result.metadata().notes().stream().anyMatch(n -> n.contains("0")), result.metadata().notes().toString());
        ReportException scorecard = assertThrows(ReportException.class, () -> new ScorecardReport(engine, registry, false)
                .run(request("193210100"), ProgressMonitor.UNWATCHED));
        assertTrue(scorecard.getMessage().contains("2025"), scorecard.getMessage());
    }

    @Test
    void everyReportStringInEveryLanguage() {
        assertEquals(List.of(), ReportStrings.problems(ReadinessData.class, ReadinessData.STRINGS));
    }
}
