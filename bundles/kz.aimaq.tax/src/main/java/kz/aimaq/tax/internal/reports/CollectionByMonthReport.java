package kz.aimaq.tax.internal.reports;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
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
 * Receipts of the okrug budgets by month for a year: the scope's months by КБК with a chart
 * against the plan's even monthly pace, and each unit's months rolled up to districts, regions
 * and the nation. Read from the monthly summaries, never from the payments.
 */
@Component(service = Report.class)
public final class CollectionByMonthReport implements Report {

    static final String ID = "tax.collection-by-month";

    private final TaxFigures figures;
    private final RegistryService registry;

    @Activate
    public CollectionByMonthReport(@Reference TaxFigures figures, @Reference RegistryService registry) {
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
        return new Title("Жергілікті салықтар: айлар бойынша түсім", "Местные налоги: поступления по месяцам",
                "Local taxes: collection by month");
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
        monitor.subTask(s.get("reading"));
        Set<String> inScope = new TreeSet<>(rollUp.leaves().stream().map(Unit::code).toList());
        Map<String, long[]> byOkrug = new HashMap<>();
        Map<String, long[]> byKbk = new TreeMap<>();
        for (TaxFigures.OkrugReceipt r : figures.receiptsByOkrug(TaxReportData.scope(request), year,
                TaxReportData.countedTo(request))) {
            if (inScope.contains(r.okrug())) {
                byOkrug.computeIfAbsent(r.okrug(), k -> new long[12])[r.month() - 1] += r.amountTiyn();
                byKbk.computeIfAbsent(r.kbk(), k -> new long[12])[r.month() - 1] += r.amountTiyn();
            }
        }
        long planned = 0;
        for (Map.Entry<String, Map<String, Long>> e : figures.planByOkrug(TaxReportData.scope(request), year).entrySet()) {
            if (inScope.contains(e.getKey())) {
                planned += e.getValue().values().stream().mapToLong(Long::longValue).sum();
            }
        }
        if (monitor.isCancelled()) {
            throw new ReportException(s.get("cancelled"));
        }
        List<String> monthNames = new ArrayList<>();
        List<Column> monthColumns = new ArrayList<>();
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            monthNames.add(name);
            monthColumns.add(Column.money(String.format("m%02d", m.getValue()), name));
        }
        monthColumns.add(Column.money("year", s.get("col.yearTotal")));
        List<Column> kbkColumns = new ArrayList<>();
        kbkColumns.add(Column.text("kbk", s.get("col.kbk")));
        kbkColumns.add(Column.text("kbkName", s.get("col.kbkName")));
        kbkColumns.addAll(monthColumns);
        List<Row> kbkRows = new ArrayList<>();
        long[] total = new long[12];
        for (Map.Entry<String, long[]> e : byKbk.entrySet()) {
            List<Object> cells = new ArrayList<>(List.of(e.getKey(), TaxReportData.kbkName(figures, e.getKey(), locale)));
            cells.addAll(months(e.getValue()));
            kbkRows.add(new Row(RowKind.DETAIL, 0, cells));
            for (int m = 0; m < 12; m++) {
                total[m] += e.getValue()[m];
            }
        }
        List<Object> totalCells = new ArrayList<>(List.of(s.get("total"), rollUp.scopeName(locale)));
        totalCells.addAll(months(total));
        kbkRows.add(new Row(RowKind.TOTAL, 0, totalCells));
        List<Series> series = new ArrayList<>();
        series.add(new Series(s.get("col.actual"), java.util.Arrays.stream(total).mapToObj(t -> t / 100.0).toList()));
        if (planned > 0) {
            double pace = planned / 100.0 / 12;
            series.add(new Series(s.get("chart.pace"), java.util.Collections.nCopies(12, pace)));
        }
        RollUp.Level deepest = request.unit() == null ? RollUp.Level.DISTRICT : RollUp.Level.OKRUG;
        List<Section> sections = List.of(
                new Section(s.get("section.byKbk"), List.of(new Table(s.get("table.monthsByKbk", year), kbkColumns, kbkRows),
                        new Chart(ChartKind.LINE, s.get("chart.months", year), "₸", monthNames, series))),
                new Section(s.get("section.byUnit"), List.of(rollUp.table(s.get("table.monthsByUnit", year), locale,
                        monthColumns, okrug -> months(byOkrug.getOrDefault(okrug.code(), new long[12])), deepest))));
        return new ReportResult(title().get(locale) + ": " + rollUp.scopeName(locale) + ", " + year, locale, sections,
                TaxReportData.metadata(ID, request, rollUp, figures, s, planned > 0, false));
    }

    /** Twelve money cells and their sum. */
    private static List<Object> months(long[] tiyn) {
        List<Object> cells = new ArrayList<>();
        long sum = 0;
        for (long t : tiyn) {
            cells.add(TaxReportData.tenge(t));
            sum += t;
        }
        cells.add(TaxReportData.tenge(sum));
        return cells;
    }
}
