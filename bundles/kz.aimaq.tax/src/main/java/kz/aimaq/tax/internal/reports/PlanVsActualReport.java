package kz.aimaq.tax.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.Parameter;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.api.Title;
import kz.aimaq.tax.internal.TaxFigures;

/**
 * The okrug budgets' plan against actual receipts by КБК for a year: the scope's КБК lines with
 * percent of plan and a year-end forecast, and the same totals per okrug rolled up to districts,
 * regions and the nation. Read from the plan versions and the monthly summaries; aggregates only.
 */
@Component(service = Report.class)
public final class PlanVsActualReport implements Report {

    static final String ID = "tax.plan-vs-actual";

    private final TaxFigures figures;
    private final RegistryService registry;

    @Activate
    public PlanVsActualReport(@Reference TaxFigures figures, @Reference RegistryService registry) {
        this.figures = figures;
        this.registry = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String module() {
        return TaxReportData.MODULE;
    }

    @Override
    public Title title() {
        return new Title("Жергілікті салықтар: БСК бойынша жоспар мен нақты түсім",
                "Местные налоги: план и факт по КБК", "Local taxes: plan against actual by КБК");
    }

    @Override
    public Set<Parameter> parameters() {
        return Set.of(Parameter.UNIT, Parameter.PERIOD, Parameter.AS_OF);
    }

    @Override
    public ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException {
        Locale locale = request.locale();
        ReportStrings s = TaxReportData.strings(locale);
        RollUp rollUp = TaxReportData.rollUp(registry, request, s);
        int year = TaxReportData.year(request);
        int months = TaxFigures.monthsCounted(year, TaxReportData.countedTo(request));
        monitor.subTask(s.get("reading"));
        Map<String, Map<String, Long>> plan = figures.planByOkrug(TaxReportData.scope(request), year);
        Map<String, Map<String, Long>> actual = new HashMap<>();
        for (TaxFigures.OkrugReceipt r : figures.receiptsByOkrug(TaxReportData.scope(request), year,
                TaxReportData.countedTo(request))) {
            actual.computeIfAbsent(r.okrug(), k -> new TreeMap<>()).merge(r.kbk(), r.amountTiyn(), Long::sum);
        }
        if (monitor.isCancelled()) {
            throw new ReportException(s.get("cancelled"));
        }
        List<Unit> okrugs = rollUp.leaves();
        Set<String> inScope = new TreeSet<>(okrugs.stream().map(Unit::code).toList());
        Map<String, long[]> byKbk = new TreeMap<>();
        for (String okrug : inScope) {
            plan.getOrDefault(okrug, Map.of()).forEach((kbk, tiyn) -> byKbk.computeIfAbsent(kbk, k -> new long[2])[0] += tiyn);
            actual.getOrDefault(okrug, Map.of()).forEach((kbk, tiyn) -> byKbk.computeIfAbsent(kbk, k -> new long[2])[1] += tiyn);
        }
        List<Column> columns = List.of(Column.money("plan", s.get("col.plan")), Column.money("actual", s.get("col.actual")),
                Column.ratio("percent", s.get("col.percent"), "actual", "plan"),
                Column.money("forecast", s.get("col.forecast")));
        List<Column> kbkColumns = new ArrayList<>();
        kbkColumns.add(Column.text("kbk", s.get("col.kbk")));
        kbkColumns.add(Column.text("kbkName", s.get("col.kbkName")));
        kbkColumns.addAll(columns);
        List<Row> kbkRows = new ArrayList<>();
        long[] total = new long[2];
        for (Map.Entry<String, long[]> e : byKbk.entrySet()) {
            kbkRows.add(Row.of(e.getKey(), TaxReportData.kbkName(figures, e.getKey(), locale),
                    TaxReportData.tenge(e.getValue()[0]), TaxReportData.tenge(e.getValue()[1]),
                    RollUp.ratio(BigDecimal.valueOf(e.getValue()[1]), BigDecimal.valueOf(e.getValue()[0])),
                    forecast(e.getValue()[1], months)));
            total[0] += e.getValue()[0];
            total[1] += e.getValue()[1];
        }
        kbkRows.add(new Row(RowKind.TOTAL, 0, Arrays.asList(s.get("total"), rollUp.scopeName(locale),
                TaxReportData.tenge(total[0]), TaxReportData.tenge(total[1]),
                RollUp.ratio(BigDecimal.valueOf(total[1]), BigDecimal.valueOf(total[0])), forecast(total[1], months))));
        List<Block> kbkBlocks = new ArrayList<>();
        kbkBlocks.add(new Table(s.get("table.byKbk", year), kbkColumns, kbkRows));
        List<String> kbks = new ArrayList<>(byKbk.keySet());
        if (!kbks.isEmpty()) {
            kbkBlocks.add(new Chart(ChartKind.BAR, s.get("chart.planActual", year), "₸", kbks, List.of(
                    new Series(s.get("col.plan"), kbks.stream().map(k -> byKbk.get(k)[0] / 100.0).toList()),
                    new Series(s.get("col.actual"), kbks.stream().map(k -> byKbk.get(k)[1] / 100.0).toList()))));
        }
        Function<Unit, List<Object>> values = okrug -> {
            long p = plan.getOrDefault(okrug.code(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            long a = actual.getOrDefault(okrug.code(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            return Arrays.asList(TaxReportData.tenge(p), TaxReportData.tenge(a), null, forecast(a, months));
        };
        RollUp.Level deepest = request.unit() == null ? RollUp.Level.DISTRICT : RollUp.Level.OKRUG;
        List<Section> sections = List.of(new Section(s.get("section.byKbk"), kbkBlocks),
                new Section(s.get("section.byUnit"), List.of(rollUp.table(s.get("table.byUnit", year), locale, columns,
                        values, deepest))));
        return new ReportResult(title().get(locale) + ": " + rollUp.scopeName(locale) + ", " + year, locale, sections,
                TaxReportData.metadata(ID, request, rollUp, figures, s, true, false));
    }

    /** The year-end forecast: receipts so far at their monthly average for twelve months (crude: it ignores due dates). */
    static BigDecimal forecast(long actualTiyn, int months) {
        if (months == 0) {
            return null;
        }
        return BigDecimal.valueOf(actualTiyn).multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP).movePointLeft(2);
    }
}
