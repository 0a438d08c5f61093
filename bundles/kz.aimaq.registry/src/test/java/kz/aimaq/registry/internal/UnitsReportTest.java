package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.internal.reports.UnitsReport;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** The registry's report over the real, seeded registry (H2). */
class UnitsReportTest {


    private static TestDatabase db;
    private static RegistryServiceImpl registry;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.h2();
        registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static ReportResult run(String unit, Locale locale) throws ReportException {
        return new UnitsReport(registry).run(new ReportRequest(unit, null, LocalDate.of(2027, 3, 1), locale, "тест"), ProgressMonitor.UNWATCHED);
    }

    @Test
    void nationalTotalsAreTheRegistrysCountsAndCitiesWithoutOkrugsAreNamed() throws Exception {
        ReportResult result = run(null, Locale.forLanguageTag("kk"));
        Table table = result.sections().get(0).tables().get(0);
        Row total = table.total().orElseThrow();
        // the seeded registry's own figures (SeededRegistryContract)
        assertEquals(2_108L, total.cell(table.column("rural_okrug")));
        assertEquals(2_335L, total.cell(table.column("ownBudget")));
        assertEquals(9_551L, total.cell(table.column("villages")));
        long population = 0;
        for (Unit region : registry.roots()) {
            for (Unit district : registry.children(region.code())) {
                population += district.population() == null ? 0 : district.population();
            }
        }
        assertEquals(population, total.cell(table.column("population")));
        assertEquals(20, table.rows().stream().filter(r -> r.kind() == RowKind.SUBTOTAL).count());
        assertEquals(3, result.metadata().notes().stream().filter(n -> n.contains("ауылдық округтер жоқ")).count(),
                result.metadata().notes().toString());
        MapPanel map = (MapPanel) result.sections().get(1).blocks().get(0);
        // every own-budget unit, and the 13 districts (city administrations and the cities' districts) that have none
        List<String> ownBudget = map.areas().stream().map(MapPanel.MapArea::code)
                .filter(code -> registry.find(code).orElseThrow().ownBudget()).toList();
        assertEquals(2_335, ownBudget.size());
        assertEquals(RollUp.okrugs(registry, null).leaves().size(), map.areas().size());
    }

    @Test
    void aRegionsReportListsItsOkrugs() throws Exception {
        ReportResult result = run("190000000", Locale.forLanguageTag("ru"));
        Table okrugs = result.sections().get(1).tables().get(0);
        Table districts = result.sections().get(0).tables().get(0);
        long ownBudgetRows = okrugs.rows().stream().filter(r -> r.kind() == RowKind.DETAIL)
                .filter(r -> registry.find((String) r.cell(0)).orElseThrow().ownBudget()).count();
        assertEquals(districts.total().orElseThrow().cell(districts.column("ownBudget")), ownBudgetRows);
        assertTrue(result.title().contains("Алматинская область"), result.title());
    }

    @Test
    void anUnknownUnitIsRefusedByCode() {
        ReportException e = assertThrows(ReportException.class, () -> run("999999999", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("999999999"));
    }

    @Test
    void everyReportStringInEveryLanguage() {
        assertEquals(List.of(), ReportStrings.problems(UnitsReport.class, "registry-reports"));
    }
}
