package kz.aimaq.readiness.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
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
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.NodeScore;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.api.UnitScore;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.Paragraph;
import kz.aimaq.reporting.api.Parameter;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.api.Title;

/**
 * One okrug's scorecard: its index, band and rank among the okrugs of its district, and its
 * score on every pillar and indicator of the methodology.
 */
@Component(service = Report.class)
public final class ScorecardReport implements Report {

    static final String ID = "readiness.scorecard";

    private final ReadinessEngine engine;
    private final RegistryService registry;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SubmittedValues submitted;

    private final boolean demo;

    @Activate
    public ScorecardReport(@Reference ReadinessEngine engine, @Reference RegistryService registry, BundleContext context) {
        this(engine, registry, Boolean.parseBoolean(context.getProperty(ReadinessData.DEMO_PROPERTY)));
    }

    /**
     * A report outside a framework (tests, other modules' windows).
     *
     * @param demo whether units score on the labelled demonstration values while none has submitted
     */
    public static ScorecardReport of(ReadinessEngine engine, RegistryService registry, boolean demo) {
        return new ScorecardReport(engine, registry, demo);
    }

    // not public: SCR picks among the public constructors by their number of arguments
    ScorecardReport(ReadinessEngine engine, RegistryService registry, boolean demo) {
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
        return new Title("Округтің дайындық картасы", "Карточка готовности округа", "Okrug readiness scorecard");
    }

    @Override
    public Set<Parameter> parameters() {
        return Set.of(Parameter.UNIT, Parameter.PERIOD);
    }

    @Override
    public ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException {
        Locale locale = request.locale();
        ReportStrings s = ReadinessData.strings(locale);
        Unit unit = request.unit() == null ? null : registry.find(request.unit()).orElse(null);
        if (unit == null || !unit.ownBudget()) {
            throw new ReportException(s.get("scorecard.needsOkrug", request.unit() == null ? "—" : request.unit()));
        }
        String period = request.period() == null ? ReadinessData.DEFAULT_PERIOD : Integer.toString(request.period().start().getYear());
        List<Unit> siblings = registry.children(unit.parentCode()).stream().filter(Unit::ownBudget).toList();
        ReadinessData.Scores scored = ReadinessData.score(engine, submitted, siblings, period, demo);
        ScoreTable scores = scored.table();
        UnitScore score = scored.unit(unit.code()).orElseThrow(() -> new ReportException(
                s.get("scorecard.noReturn", unit.name(locale), period)));
        List<Column> columns = List.of(Column.text("node", s.get("scorecard.node")),
                Column.decimal("weight", s.get("scorecard.weight"), "", 2),
                Column.decimal("score", s.get("score"), "0–" + Math.round(scores.methodology().scale()), 1),
                Column.count("rank", s.get("rank"), ""));
        List<Row> rows = new ArrayList<>();
        List<String> pillars = new ArrayList<>();
        List<Double> pillarScores = new ArrayList<>();
        collect(scores, unit.code(), scores.methodology().root(), 0, rows, locale);
        for (Node pillar : scores.methodology().root().children()) {
            NodeScore node = scores.node(unit.code(), pillar.id());
            pillars.add(pillar.name().get(locale));
            pillarScores.add(node.sufficient() ? node.score() : null);
        }
        String band = score.band() == null ? s.get("insufficient") : score.band().name().get(locale);
        Paragraph summary = new Paragraph(s.get("scorecard.summary", unit.name(locale),
                score.total().sufficient() ? String.format(locale, "%1$.1f", score.total().score()) : "—", band,
                score.total().rank(), scores.units().size()));
        Section section = new Section(unit.name(locale), List.of(summary, new Table("", columns, rows),
                new Chart(ChartKind.BAR, s.get("scorecard.pillars"), "", pillars, List.of(new Series(s.get("score"), pillarScores)))));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(s.get("param.unit"), unit.code() + " " + unit.name(locale));
        parameters.put(s.get("param.period"), period);
        String origin = scored.fromReturns() ? s.get("noteReturns", period, scored.returned().size(), siblings.size())
                : s.get("noteSynthetic");
        ReportMetadata metadata = new ReportMetadata(ID, parameters, List.of(ReadinessData.source(scored, period, s)),
                Instant.now(), request.user(), List.of(origin, s.get("scorecard.rankAmong")));
        return new ReportResult(title().get(locale) + ": " + unit.name(locale), locale, List.of(section), metadata);
    }

    private static void collect(ScoreTable scores, String unit, Node node, int depth, List<Row> rows, Locale locale) {
        NodeScore score = scores.node(unit, node.id());
        rows.add(new Row(depth == 0 ? kz.aimaq.reporting.api.RowKind.TOTAL : node instanceof Group
                ? kz.aimaq.reporting.api.RowKind.SUBTOTAL : kz.aimaq.reporting.api.RowKind.DETAIL, depth,
                java.util.Arrays.asList("  ".repeat(depth) + node.name().get(locale),
                        BigDecimal.valueOf(node.weight()).setScale(2, RoundingMode.HALF_UP),
                        score.sufficient() ? BigDecimal.valueOf(score.score()).setScale(1, RoundingMode.HALF_UP) : null,
                        score.sufficient() ? (Object) (long) score.rank() : null)));
        if (node instanceof Group group) {
            for (Node child : group.children()) {
                collect(scores, unit, child, depth + 1, rows, locale);
            }
        }
    }
}
