package kz.aimaq.tax.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.testing.RecordingAuditLog;
import kz.aimaq.testing.TreeRegistry;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.PlanLine;
import kz.aimaq.tax.internal.AllPayments;
import kz.aimaq.tax.internal.TaxServiceImpl;
import kz.aimaq.tax.internal.Units;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

/**
 * The three tax reports run over the real service on H2 with the synthetic demo set of the
 * reporting tests' sample registry (three okrugs in two districts of Almaty Region, Astana
 * without okrugs); every total is checked against the ledger's own figures or a plain SQL sum
 * over the payments.
 */
class TaxReportsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);
    private static final Clock TODAY = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String REGION = "190000000";
    private static final String DISTRICT = "193200000";
    private static final String OKRUG = "193235100";


    private TestDatabase db;
    private TaxServiceImpl tax;
    private TreeRegistry registry;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.h2();
        registry = TreeRegistry.sample();
        UserContext admin = new TestUser("admin", TestRegions.ALMATY_REGION, Locale.ENGLISH, UserContext.ROLE_ADMIN);
        tax = TaxServiceImpl.withoutFramework(db.database(), new RegistryBudgetUnits(registry), admin,
                new RecordingAuditLog(), TODAY);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static ReportRequest request(String unit, Locale locale) {
        return new ReportRequest(unit, Period.parse("2026"), AS_OF, locale, "tester");
    }

    @Test
    void planAgainstActualAddsUpToTheLedgerAndThePayments() throws Exception {
        assertEquals(3, tax.generateDemo(REGION, 2026));
        ReportResult result = new PlanVsActualReport(tax, registry).run(request(REGION, Locale.ENGLISH), ProgressMonitor.UNWATCHED);
        Table byKbk = result.sections().get(0).tables().get(0);
        long plan = tax.plan(REGION, 2026).stream().mapToLong(PlanLine::amountTiyn).sum();
        assertTrue(plan > 0);
        Row total = byKbk.total().orElseThrow();
        assertEquals(BigDecimal.valueOf(plan, 2), total.cell(byKbk.column("plan")));
        long paid = paidIn2026("");
        assertTrue(paid > 0);
        assertEquals(BigDecimal.valueOf(paid, 2), total.cell(byKbk.column("actual")));
        for (var e : tax.execution(REGION, 2026, AS_OF)) {
            Row line = byKbk.rows().stream().filter(r -> e.kbk().equals(r.cell(0))).findFirst().orElseThrow();
            assertEquals(BigDecimal.valueOf(e.actualTiyn(), 2), line.cell(byKbk.column("actual")), e.kbk());
            assertEquals(BigDecimal.valueOf(e.planTiyn(), 2), line.cell(byKbk.column("plan")), e.kbk());
        }
        Table byUnit = result.sections().get(1).tables().get(0);
        assertEquals(BigDecimal.valueOf(paidIn2026(OKRUG), 2), rowOf(byUnit, OKRUG).cell(byUnit.column("actual")));
        assertEquals(BigDecimal.valueOf(paidIn2026("1932"), 2), rowOf(byUnit, DISTRICT).cell(byUnit.column("actual")));
        assertEquals(RowKind.SUBTOTAL, rowOf(byUnit, DISTRICT).kind());
        assertEquals(BigDecimal.valueOf(paid, 2), byUnit.total().orElseThrow().cell(byUnit.column("actual")));
        BigDecimal percent = (BigDecimal) byUnit.total().orElseThrow().cell(byUnit.column("percent"));
        assertEquals(BigDecimal.valueOf(paid).divide(BigDecimal.valueOf(plan), 4, java.math.RoundingMode.HALF_UP), percent);
        assertTrue(result.metadata().synthetic(), "demo data must make the report synthetic");
        assertTrue(result.metadata().sources().stream().allMatch(s -> s.asOf() != null), "every source is dated");
    }

    @Test
    void collectionByMonthMatchesAGroupByOverThePayments() throws Exception {
        tax.generateDemo(REGION, 2026);
        ReportResult result = new CollectionByMonthReport(tax, registry).run(request(DISTRICT, Locale.forLanguageTag("ru")),
                ProgressMonitor.UNWATCHED);
        Table byKbk = result.sections().get(0).tables().get(0);
        Row total = byKbk.total().orElseThrow();
        long[] months = paidByMonth("1932");
        for (int m = 1; m <= 12; m++) {
            assertEquals(BigDecimal.valueOf(months[m - 1], 2), total.cell(byKbk.column(String.format("m%02d", m))), "month " + m);
        }
        assertEquals(BigDecimal.valueOf(paidIn2026("1932"), 2), total.cell(byKbk.column("year")));
        Table byUnit = result.sections().get(1).tables().get(0);
        assertEquals(BigDecimal.valueOf(paidIn2026(OKRUG), 2), rowOf(byUnit, OKRUG).cell(byUnit.column("year")));
        assertFalse(byUnit.rows().stream().anyMatch(r -> "194230100".equals(r.cell(0))), "another district's okrug");
        Chart chart = (Chart) result.sections().get(0).blocks().get(1);
        assertEquals(12, chart.categories().size());
        assertTrue(result.title().startsWith("Местные налоги"), result.title());
    }

    @Test
    void arrearsAgeingSumsTheLedgersArrearsAndAgesPenaltyOnlyDebts() throws Exception {
        tax.generateDemo(REGION, 2026);
        ReportResult result = new ArrearsAgeingReport(tax, registry).run(request(REGION, Locale.forLanguageTag("kk")),
                ProgressMonitor.UNWATCHED);
        List<Arrears> arrears = tax.arrears(REGION, AS_OF);
        assertFalse(arrears.isEmpty());
        Table byAge = result.sections().get(0).tables().get(0);
        long principal = arrears.stream().mapToLong(Arrears::principalTiyn).sum();
        assertEquals(BigDecimal.valueOf(principal, 2), byAge.total().orElseThrow().cell(byAge.column("principal")),
                "every debt falls in an age bucket");
        // read from the arrears summary, whose penalty is rounded once per okrug and bucket, not per account
        long penalty = arrears.stream().mapToLong(Arrears::penaltyTiyn).sum();
        BigDecimal reported = (BigDecimal) byAge.total().orElseThrow().cell(byAge.column("penalty"));
        assertTrue(reported.subtract(BigDecimal.valueOf(penalty, 2)).abs().compareTo(BigDecimal.valueOf(arrears.size() * 5L, 3)) <= 0,
                "penalty-only debts are aged too: " + reported + " against " + BigDecimal.valueOf(penalty, 2));
        Map<AgeBucket, Long> byBucket = tax.arrearsByAge(REGION, AS_OF);
        for (int b = 0; b < AgeBucket.values().length; b++) {
            assertEquals(BigDecimal.valueOf(byBucket.getOrDefault(AgeBucket.values()[b], 0L), 2),
                    byAge.rows().get(b).cell(byAge.column("total")), AgeBucket.values()[b].name());
        }
        assertEquals((long) arrears.size(), byAge.total().orElseThrow().cell(byAge.column("accounts")));
        Table byUnit = result.sections().get(1).tables().get(0);
        long okrugArrears = arrears.stream().filter(a -> a.okrug().equals(OKRUG)).mapToLong(Arrears::principalTiyn).sum();
        assertEquals(BigDecimal.valueOf(okrugArrears, 2), rowOf(byUnit, OKRUG).cell(byUnit.column("principal")));
        assertTrue(result.title().contains("берешек"), result.title());
        assertTrue(byUnit.total().orElseThrow().cell(1).toString().contains("Алматы облысы"));
    }

    @Test
    void theNationSaysWhichCitiesHaveNoOkrugsAndAWrongUnitIsRefused() throws Exception {
        tax.generateDemo(REGION, 2026);
        ReportResult nation = new PlanVsActualReport(tax, registry).run(request(null, Locale.ENGLISH), ProgressMonitor.UNWATCHED);
        Table byUnit = nation.sections().get(1).tables().get(0);
        assertEquals(BigDecimal.valueOf(paidIn2026(""), 2), byUnit.total().orElseThrow().cell(byUnit.column("actual")));
        assertTrue(nation.metadata().notes().stream().anyMatch(n -> n.contains("Astana") || n.contains("Астана")),
                nation.metadata().notes().toString());
        ReportException e = assertThrows(ReportException.class, () -> new ArrearsAgeingReport(tax, registry)
                .run(request("199999999", Locale.ENGLISH), ProgressMonitor.UNWATCHED));
        assertTrue(e.getMessage().contains("199999999"), e.getMessage());
    }

    @Test
    void withoutPaymentsTheReportSaysSoAndIsNotSynthetic() throws Exception {
        ReportResult result = new CollectionByMonthReport(tax, registry).run(request(REGION, Locale.ENGLISH),
                ProgressMonitor.UNWATCHED);
        assertFalse(result.metadata().synthetic());
        assertTrue(result.metadata().notes().stream().anyMatch(n -> n.contains("No payment file")));
    }

    @Test
    void reportTextsExistInThreeLanguages() {
        assertEquals(List.of(), ReportStrings.problems(TaxReportData.class, TaxReportData.STRINGS));
        for (var report : List.of(new PlanVsActualReport(tax, registry), new CollectionByMonthReport(tax, registry),
                new ArrearsAgeingReport(tax, registry))) {
            assertNotNull(report.title().kk());
            assertTrue(report.title().kk().matches("(?s).*[әғқңөұүһі].*"), report.title().kk());
            assertEquals("tax", report.module());
        }
    }

    private static Row rowOf(Table table, String code) {
        return table.rows().stream().filter(r -> code.equals(r.cell(0))).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private long paidIn2026(String prefix) throws Exception {
        long sum = 0;
        for (long m : paidByMonth(prefix)) {
            sum += m;
        }
        return sum;
    }

    private long[] paidByMonth(String prefix) throws Exception {
        long[] months = new long[12];
        try (Connection c = db.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT EXTRACT(MONTH FROM pay_date), SUM(amount_tiyn) FROM " + AllPayments.TABLE + " WHERE okrug LIKE ?"
                        + " AND pay_date >= DATE '2026-01-01' AND pay_date < DATE '2027-01-01' GROUP BY EXTRACT(MONTH FROM pay_date)")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    months[rs.getInt(1) - 1] = rs.getLong(2);
                }
            }
        }
        return months;
    }

    /** The tax module's view of the sample registry: units with their own budget. */
    private record RegistryBudgetUnits(TreeRegistry registry) implements Units {

        @Override
        public boolean isBudgetUnit(String kato) {
            return registry.find(kato).map(Unit::ownBudget).orElse(false);
        }

        @Override
        public List<String> budgetUnitsUnder(String code) {
            List<String> codes = new java.util.ArrayList<>();
            collect(code, codes);
            return codes;
        }

        private void collect(String code, List<String> into) {
            for (Unit child : registry.children(code)) {
                if (child.ownBudget()) {
                    into.add(child.code());
                } else {
                    collect(child.code(), into);
                }
            }
        }

        @Override
        public String name(String kato, Locale locale) {
            return registry.find(kato).map(u -> u.name(locale)).orElse(kato);
        }
    }
}
