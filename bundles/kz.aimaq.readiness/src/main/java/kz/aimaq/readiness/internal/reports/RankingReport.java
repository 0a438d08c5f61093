package kz.aimaq.readiness.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.api.UnitScore;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Parameter;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.api.Title;

/**
 * Readiness of the okrugs of a scope: their ranking, how many fall in each band per region
 * (or district) with a chart, and a map coloured by band.
 */
@Component(service = Report.class)
public final class RankingReport implements Report {

    static final String ID = "readiness.ranking";

    private final ReadinessEngine engine;
    private final RegistryService registry;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SubmittedValues submitted;

    private final boolean demo;

    @Activate
    public RankingReport(@Reference ReadinessEngine engine, @Reference RegistryService registry, BundleContext context) {
        this(engine, registry, Boolean.parseBoolean(context.getProperty(ReadinessData.DEMO_PROPERTY)));
    }

    /**
     * A report outside a framework (tests, other modules' windows).
     *
     * @param demo whether units score on the labelled demonstration values while none has submitted
     */
    public static RankingReport of(ReadinessEngine engine, RegistryService registry, boolean demo) {
        return new RankingReport(engine, registry, demo);
    }

    // not public: SCR picks among the public constructors by their number of arguments
    RankingReport(ReadinessEngine engine, RegistryService registry, boolean demo) {
        this.engine = engine;
        this.registry = registry;
        this.demo = demo;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String module() {
        return "readiness";
    }

    @Override
    public Title title() {
        return new Title("Округтердің дайындығы: рейтинг және топтар", "Готовность округов: рейтинг и группы",
                "Okrug readiness: ranking and bands");
    }

    @Override
    public Set<Parameter> parameters() {
        return Set.of(Parameter.UNIT, Parameter.PERIOD);
    }

    @Override
    public ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException {
        Locale locale = request.locale();
        ReportStrings s = ReadinessData.strings(locale);
        RollUp rollUp;
        try {
            rollUp = RollUp.okrugs(registry, request.unit());
        } catch (IllegalArgumentException e) {
            throw new ReportException(s.get("noUnit", request.unit()));
        }
        List<Unit> okrugs = rollUp.leaves().stream().filter(Unit::ownBudget).toList();
        String period = request.period() == null ? ReadinessData.DEFAULT_PERIOD : Integer.toString(request.period().start().getYear());
        monitor.subTask(s.get("scoring"));
        ReadinessData.Scores scored = ReadinessData.score(engine, submitted, okrugs, period, demo);
        ScoreTable scores = scored.table();
        if (monitor.isCancelled()) {
            throw new ReportException(s.get("cancelled"));
        }
        Methodology methodology = scores.methodology();
        List<Band> bands = methodology.bands();
        Map<String, UnitScore> byCode = new HashMap<>();
        for (Unit okrug : okrugs) {
            scored.unit(okrug.code()).ifPresent(score -> byCode.put(okrug.code(), score));
        }
        List<Column> bandColumns = new ArrayList<>();
        for (Band band : bands) {
            bandColumns.add(Column.count("band." + band.id(), band.name().get(locale), ""));
        }
        bandColumns.add(Column.count("insufficient", s.get("insufficient"), ""));
        bandColumns.add(Column.count("scored", s.get("scored"), ""));
        RollUp.Level level = request.unit() == null ? RollUp.Level.REGION : RollUp.Level.DISTRICT;
        java.util.function.Function<Unit, List<Object>> bandValues = unit -> {
            Object[] cells = new Object[bands.size() + 2];
            Arrays.fill(cells, 0L);
            UnitScore score = byCode.get(unit.code());
            if (score != null) {
                int index = score.band() == null ? bands.size() : bands.indexOf(score.band());
                cells[index] = 1L;
                cells[bands.size() + 1] = score.band() == null ? 0L : 1L;
            } else if (unit.ownBudget()) {
                cells[bands.size()] = 1L;
            }
            return Arrays.asList(cells);
        };
        Table bandTable = rollUp.table(s.get("bandsTable"), locale, bandColumns, bandValues, level);
        Map<Unit, List<Object>> sums = rollUp.sumsAt(level, bandColumns, bandValues);
        List<Series> series = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            int column = b;
            series.add(new Series(bands.get(b).name().get(locale),
                    sums.values().stream().map(v -> ((Long) v.get(column)).doubleValue()).toList()));
        }
        Chart bandChart = new Chart(ChartKind.STACKED_BAR, s.get("bandsChart"), "",
                sums.keySet().stream().map(u -> u.name(locale)).toList(), series);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(s.get("sectionBands"), List.of(bandTable, bandChart, map(okrugs, byCode, methodology, request, locale, s))));
        sections.add(new Section(s.get("sectionRanking"), List.of(ranking(okrugs, byCode, scored, locale, s))));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(s.get("param.unit"), rollUp.scopeName(locale));
        parameters.put(s.get("param.period"), period);
        parameters.put(s.get("param.methodology"), methodology.title().get(locale) + " " + methodology.version());
        List<String> notes = new ArrayList<>(rollUp.notes(locale));
        notes.add(scored.fromReturns() ? s.get("noteReturns", period, scored.returned().size(), okrugs.size())
                : s.get("noteSynthetic"));
        ReportMetadata metadata = new ReportMetadata(ID, parameters, List.of(ReadinessData.source(scored, period, s),
                new DataSource(s.get("source.registry"), request.asOf(), false)), Instant.now(), request.user(), notes);
        return new ReportResult(title().get(locale) + ": " + rollUp.scopeName(locale), locale, sections, metadata);
    }

    private MapPanel map(List<Unit> okrugs, Map<String, UnitScore> byCode, Methodology methodology, ReportRequest request,
            Locale locale, ReportStrings s) {
        List<MapPanel.MapArea> areas = new ArrayList<>();
        int level = request.unit() == null ? 0 : 1;
        for (Unit okrug : okrugs) {
            List<Unit> ancestors = registry.ancestors(okrug.code());
            String group = ancestors.size() > level ? ancestors.get(level).name(locale) : okrug.name(locale);
            UnitScore score = byCode.get(okrug.code());
            int band = score == null || score.band() == null ? -1 : methodology.bands().indexOf(score.band());
            areas.add(new MapPanel.MapArea(okrug.code(), okrug.name(locale), group, band));
        }
        return new MapPanel(s.get("map"), ReadinessData.bandClasses(methodology, locale), areas);
    }

    private Table ranking(List<Unit> okrugs, Map<String, UnitScore> byCode, ReadinessData.Scores scored, Locale locale,
            ReportStrings s) {
        ScoreTable scores = scored.table();
        List<Column> columns = List.of(Column.count("rank", s.get("rank"), ""), Column.text("code", s.get("code")),
                Column.text("name", s.get("name")), Column.text("district", s.get("district")),
                Column.decimal("score", s.get("score"), "0–" + Math.round(scores.methodology().scale()), 1),
                Column.text("band", s.get("band")));
        List<Unit> ranked = new ArrayList<>(okrugs);
        ranked.sort(Comparator.comparingInt((Unit u) -> {
            UnitScore score = byCode.get(u.code());
            int rank = score == null ? 0 : score.total().rank();
            return rank == 0 ? Integer.MAX_VALUE : rank;
        }).thenComparing(Unit::code));
        List<Row> rows = new ArrayList<>();
        for (Unit okrug : ranked) {
            UnitScore score = byCode.get(okrug.code());
            List<Unit> ancestors = registry.ancestors(okrug.code());
            String district = ancestors.size() > 1 ? ancestors.get(1).name(locale) : "";
            boolean sufficient = score != null && score.total().sufficient();
            String band = score == null ? s.get("noReturn") : score.band() == null ? s.get("insufficient")
                    : score.band().name().get(locale);
            rows.add(Row.of(sufficient ? (long) score.total().rank() : null, okrug.code(), okrug.name(locale), district,
                    sufficient ? BigDecimal.valueOf(score.total().score()).setScale(1, RoundingMode.HALF_UP) : null, band));
        }
        return new Table("", columns, rows);
    }
}
