package kz.aimaq.reporting.internal.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import kz.aimaq.reporting.api.DataReturns;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Parameter;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.ReturnRate;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Title;

/**
 * Completeness (received / expected) and timeliness (on time / expected) of every data set for
 * a period, rolled up okrug → district → region → nation, with a chart and a map of the okrugs.
 * Without a period, each data set's last period that ended before the as-of day.
 */
@Component(service = Report.class)
public final class CompletenessReport implements Report {

    public static final String ID = "returns.completeness";
    static final String STRINGS = "completeness";

    static final int ON_TIME = 0x1A9850;
    static final int LATE = 0xFEE08B;
    static final int MISSING = 0xD73027;

    private final DataReturns returns;
    private final RegistryService registry;

    @Activate
    public CompletenessReport(@Reference DataReturns returns, @Reference RegistryService registry) {
        this.returns = returns;
        this.registry = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String module() {
        return "reporting";
    }

    @Override
    public Title title() {
        return new Title("Деректердің толықтығы және уақтылығы", "Полнота и своевременность данных",
                "Data completeness and timeliness");
    }

    @Override
    public Set<Parameter> parameters() {
        return Set.of(Parameter.UNIT, Parameter.PERIOD, Parameter.AS_OF);
    }

    /** The columns of the roll-up: counts, then the two rates made from their sums. */
    static List<Column> columns(ReportStrings s) {
        return List.of(Column.count("expected", s.get("col.expected"), ""), Column.count("received", s.get("col.received"), ""),
                Column.count("onTime", s.get("col.onTime"), ""),
                Column.ratio("completeness", s.get("col.completeness"), "received", "expected"),
                Column.ratio("timeliness", s.get("col.timeliness"), "onTime", "expected"));
    }

    /** A unit's cells: counts of 1 or 0 and its own rates. */
    static List<Object> cells(ReturnRate rate) {
        if (rate == null || !rate.expected()) {
            return Arrays.asList(0L, 0L, 0L, null, null);
        }
        return Arrays.asList(1L, rate.received() ? 1L : 0L, rate.onTime() ? 1L : 0L,
                rate.received() ? BigDecimal.ONE : BigDecimal.ZERO, rate.onTime() ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    @Override
    public ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException {
        Locale locale = request.locale();
        ReportStrings s = ReportStrings.load(CompletenessReport.class, STRINGS, locale);
        List<Section> sections = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String scopeName = null;
        List<DataSet> dataSets = returns.dataSets().stream()
                .filter(d -> request.period() == null || d.periodType() == request.period().type()).toList();
        if (dataSets.isEmpty()) {
            throw new ReportException(s.get("noDataSet", request.period()));
        }
        monitor.begin(dataSets.size());
        for (DataSet dataSet : dataSets) {
            if (monitor.isCancelled()) {
                throw new ReportException(s.get("cancelled"));
            }
            Period period = request.period() != null ? request.period()
                    : Period.containing(dataSet.periodType(), request.asOf()).previous();
            monitor.subTask(dataSet.title().get(locale) + " " + period.id());
            Map<String, ReturnRate> rates = returns.rates(dataSet.id(), period, request.unit());
            returns.historyStart().filter(start -> start.isAfter(period.start()))
                    .ifPresent(start -> notes.add(s.get("noteHistoryStart", start)));
            RollUp rollUp;
            try {
                rollUp = RollUp.okrugs(registry, request.unit());
            } catch (IllegalArgumentException e) {
                throw new ReportException(s.get("noUnit", request.unit()));
            }
            List<Unit> former = new ArrayList<>();
            for (ReturnRate rate : rates.values()) {
                if (rate.expected() && registry.find(rate.unit()).isEmpty()) {
                    registry.history(rate.unit()).stream().reduce((a, b) -> b).ifPresent(former::add);
                }
            }
            rollUp.including(former);
            scopeName = rollUp.scopeName(locale);
            notes.addAll(rollUp.notes(locale));
            RollUp.Level deepest = request.unit() == null ? RollUp.Level.DISTRICT : RollUp.Level.OKRUG;
            List<Column> columns = columns(s);
            List<Block> blocks = new ArrayList<>();
            blocks.add(rollUp.table(s.get("tableTitle", period.id(), dataSet.deadline(period)), locale, columns,
                    unit -> cells(rates.get(unit.code())), deepest));
            RollUp.Level chartLevel = request.unit() == null ? RollUp.Level.REGION : RollUp.Level.DISTRICT;
            Map<Unit, List<Object>> sums = rollUp.sumsAt(chartLevel, columns, unit -> cells(rates.get(unit.code())));
            List<String> names = sums.keySet().stream().map(u -> u.name(locale)).toList();
            blocks.add(new Chart(ChartKind.BAR, s.get("chartTitle"), "%", names, List.of(
                    new Series(s.get("col.completeness"), sums.values().stream().map(v -> percent(v.get(3))).toList()),
                    new Series(s.get("col.timeliness"), sums.values().stream().map(v -> percent(v.get(4))).toList()))));
            blocks.add(map(rollUp, rates, request.unit() == null, s, locale));
            sections.add(new Section(dataSet.title().get(locale) + " — " + period.id(), blocks));
            parameters.put(s.get("param.period") + " (" + dataSet.id() + ")", period.id());
            monitor.worked(1);
        }
        parameters.put(s.get("param.unit"), scopeName);
        parameters.put(s.get("param.asOf"), request.asOf().toString());
        notes.add(s.get("noteExpected"));
        ReportMetadata metadata = new ReportMetadata(ID, parameters,
                List.of(new DataSource(s.get("source.returns"), request.asOf(), false),
                        new DataSource(s.get("source.registry"), request.asOf(), false)),
                Instant.now(), request.user(), notes.stream().distinct().toList());
        return new ReportResult(title().get(locale) + ": " + scopeName, locale, sections, metadata);
    }

    private static Double percent(Object ratio) {
        return ratio == null ? null : ((BigDecimal) ratio).doubleValue() * 100;
    }

    private MapPanel map(RollUp rollUp, Map<String, ReturnRate> rates, boolean national, ReportStrings s, Locale locale) {
        List<MapPanel.MapClass> classes = List.of(new MapPanel.MapClass(s.get("map.onTime"), ON_TIME),
                new MapPanel.MapClass(s.get("map.late"), LATE), new MapPanel.MapClass(s.get("map.missing"), MISSING));
        List<MapPanel.MapArea> areas = new ArrayList<>();
        int level = national ? 0 : 1;
        for (Unit unit : rollUp.leaves()) {
            ReturnRate rate = rates.get(unit.code());
            if (rate == null || !rate.expected()) {
                continue;
            }
            List<Unit> ancestors = registry.ancestors(unit.code());
            String group = ancestors.size() > level ? ancestors.get(level).name(locale)
                    : ancestors.isEmpty() ? unit.name(locale) : ancestors.get(0).name(locale);
            areas.add(new MapPanel.MapArea(unit.code(), unit.name(locale), group, rate.onTime() ? 0 : rate.received() ? 1 : 2));
        }
        return new MapPanel(s.get("map.title"), classes, areas);
    }
}
