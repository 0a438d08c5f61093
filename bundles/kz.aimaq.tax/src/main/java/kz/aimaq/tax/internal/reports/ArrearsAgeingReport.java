package kz.aimaq.tax.internal.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.internal.TaxFigures;

/**
 * Tax arrears of the okrug budgets as of a day, by age since the due date (up to 30, 31–90,
 * 91–180, over 180 days): principal and penalty per bucket for the scope, and per unit rolled up
 * to districts, regions and the nation. Read from the arrears summary (the ledger for a past day); no taxpayer is named.
 */
@Component(service = Report.class)
public final class ArrearsAgeingReport implements Report {

    static final String ID = "tax.arrears-ageing";

    private final TaxFigures figures;
    private final RegistryService registry;

    @Activate
    public ArrearsAgeingReport(@Reference TaxFigures figures, @Reference RegistryService registry) {
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
        return new Title("Жергілікті салықтар: берешектің мерзімі бойынша құрылымы",
                "Местные налоги: задолженность по срокам", "Local taxes: arrears by age");
    }

    @Override
    public Set<Parameter> parameters() {
        return Set.of(Parameter.UNIT, Parameter.AS_OF);
    }

    @Override
    public ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException {
        Locale locale = request.locale();
        ReportStrings s = TaxReportData.strings(locale);
        RollUp rollUp = TaxReportData.rollUp(registry, request, s);
        monitor.subTask(s.get("computingArrears"));
        Set<String> inScope = new TreeSet<>(rollUp.leaves().stream().map(Unit::code).toList());
        Map<String, Map<AgeBucket, TaxFigures.OkrugArrears>> byOkrug = new HashMap<>();
        Map<AgeBucket, long[]> byBucket = new EnumMap<>(AgeBucket.class);
        for (TaxFigures.OkrugArrears a : figures.arrearsByOkrug(TaxReportData.scope(request), request.asOf())) {
            if (inScope.contains(a.okrug())) {
                byOkrug.computeIfAbsent(a.okrug(), k -> new EnumMap<>(AgeBucket.class)).put(a.bucket(), a);
                long[] sums = byBucket.computeIfAbsent(a.bucket(), k -> new long[3]);
                sums[0] += a.principalTiyn();
                sums[1] += a.penaltyTiyn();
                sums[2] += a.accounts();
            }
        }
        if (monitor.isCancelled()) {
            throw new ReportException(s.get("cancelled"));
        }
        List<Column> bucketColumns = List.of(Column.text("bucket", s.get("col.bucket")),
                Column.count("accounts", s.get("col.accounts"), ""), Column.money("principal", s.get("col.principal")),
                Column.money("penalty", s.get("col.penalty")), Column.money("total", s.get("col.arrears")));
        List<Row> bucketRows = new ArrayList<>();
        long[] total = new long[3];
        for (AgeBucket bucket : AgeBucket.values()) {
            long[] sums = byBucket.getOrDefault(bucket, new long[3]);
            bucketRows.add(Row.of(TaxReportData.bucket(bucket, s), sums[2], TaxReportData.tenge(sums[0]),
                    TaxReportData.tenge(sums[1]), TaxReportData.tenge(sums[0] + sums[1])));
            for (int i = 0; i < 3; i++) {
                total[i] += sums[i];
            }
        }
        bucketRows.add(new Row(RowKind.TOTAL, 0, Arrays.asList(s.get("total") + ": " + rollUp.scopeName(locale), total[2],
                TaxReportData.tenge(total[0]), TaxReportData.tenge(total[1]), TaxReportData.tenge(total[0] + total[1]))));
        List<Column> unitColumns = new ArrayList<>();
        for (AgeBucket bucket : AgeBucket.values()) {
            unitColumns.add(Column.money(bucket.name(), TaxReportData.bucket(bucket, s)));
        }
        unitColumns.add(Column.money("principal", s.get("col.principal")));
        unitColumns.add(Column.money("penalty", s.get("col.penalty")));
        unitColumns.add(Column.money("total", s.get("col.arrears")));
        unitColumns.add(Column.count("accounts", s.get("col.accounts"), ""));
        Function<Unit, List<Object>> values = okrug -> {
            Map<AgeBucket, TaxFigures.OkrugArrears> buckets = byOkrug.getOrDefault(okrug.code(), Map.of());
            List<Object> cells = new ArrayList<>();
            long principal = 0;
            long penalty = 0;
            long accounts = 0;
            for (AgeBucket bucket : AgeBucket.values()) {
                TaxFigures.OkrugArrears a = buckets.get(bucket);
                cells.add(TaxReportData.tenge(a == null ? 0L : a.principalTiyn() + a.penaltyTiyn()));
                if (a != null) {
                    principal += a.principalTiyn();
                    penalty += a.penaltyTiyn();
                    accounts += a.accounts();
                }
            }
            cells.add(TaxReportData.tenge(principal));
            cells.add(TaxReportData.tenge(penalty));
            cells.add(TaxReportData.tenge(principal + penalty));
            cells.add(accounts);
            return cells;
        };
        RollUp.Level deepest = request.unit() == null ? RollUp.Level.DISTRICT : RollUp.Level.OKRUG;
        RollUp.Level chartLevel = request.unit() == null ? RollUp.Level.REGION : RollUp.Level.DISTRICT;
        Map<Unit, List<Object>> sums = rollUp.sumsAt(chartLevel, unitColumns, values);
        List<Series> series = new ArrayList<>();
        for (int b = 0; b < AgeBucket.values().length; b++) {
            int column = b;
            series.add(new Series(TaxReportData.bucket(AgeBucket.values()[b], s),
                    sums.values().stream().map(v -> TaxReportData.chartValue(v.get(column))).toList()));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(s.get("section.byAge"), List.of(new Table(s.get("table.byAge", request.asOf()),
                bucketColumns, bucketRows))));
        List<kz.aimaq.reporting.api.Block> unitBlocks = new ArrayList<>();
        unitBlocks.add(rollUp.table(s.get("table.arrearsByUnit", request.asOf()), locale, unitColumns, values, deepest));
        if (!sums.isEmpty()) {
            unitBlocks.add(new Chart(ChartKind.STACKED_BAR, s.get("chart.arrears"), "₸",
                    sums.keySet().stream().map(u -> u.name(locale)).toList(), series));
        }
        sections.add(new Section(s.get("section.byUnit"), unitBlocks));
        return new ReportResult(title().get(locale) + ": " + rollUp.scopeName(locale) + ", " + request.asOf(), locale,
                sections, TaxReportData.metadata(ID, request, rollUp, figures, s, false, true));
    }

}
