package kz.aimaq.readiness.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Aggregation;
import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.Direction;
import kz.aimaq.readiness.api.Imputation;
import kz.aimaq.readiness.api.InvalidInputException;
import kz.aimaq.readiness.api.LocalisedText;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.Ratio;
import kz.aimaq.readiness.api.Transform;

/**
 * Reads a methodology JSON document (format in the bundle's README) into drafts, then lets
 * {@link MethodologyLinker} resolve references and check the tree. All-or-nothing.
 */
public final class MethodologyReader {

    static final Map<String, Aggregation> AGGREGATIONS =
            Map.of("arithmetic", Aggregation.ARITHMETIC, "geometric", Aggregation.GEOMETRIC);
    private static final Map<String, Direction> DIRECTIONS =
            Map.of("higher", Direction.HIGHER_IS_BETTER, "lower", Direction.LOWER_IS_BETTER);
    private static final Map<String, Imputation> IMPUTATIONS = Map.of("none", Imputation.NONE,
            "peer-median", Imputation.PEER_MEDIAN, "last-observed", Imputation.LAST_OBSERVED);
    private static final Map<String, Transform.Kind> TRANSFORMS =
            Map.of("none", Transform.Kind.NONE, "log", Transform.Kind.LOG, "cap", Transform.Kind.CAP);
    private static final Map<String, Normalisation.Method> NORMALISATIONS = Map.of(
            "none", Normalisation.Method.NONE, "goalposts", Normalisation.Method.GOALPOSTS,
            "min-max", Normalisation.Method.MIN_MAX, "z-score-min-max", Normalisation.Method.Z_SCORE_MIN_MAX);

    /** A reference from a group to a child, with the edge weight. */
    record ChildRef(String ref, double weight, String pointer) {
    }

    record GroupDraft(String id, LocalisedText name, Aggregation aggregation, double minCoverage,
            List<ChildRef> children, String pointer) {
    }

    record IndicatorDraft(String id, LocalisedText name, String unit, Direction direction, Transform transform,
            Normalisation normalisation, Imputation imputation, Ratio ratio, String pointer) {
    }

    private final ObjectMapper mapper = new ObjectMapper(
            JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build());

    /** Reads and validates; every problem names the JSON path and line of the offending node. */
    public Methodology read(InputStream in, String fileName, Messages messages)
            throws IOException, InvalidInputException {
        byte[] bytes = in.readAllBytes();
        Problems problems = new Problems(fileName, messages);
        JsonNode tree;
        JsonLines lines;
        try {
            tree = mapper.readTree(bytes);
            lines = new JsonLines(mapper.getFactory(), bytes);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(line, "$", "json.syntax", e.getOriginalMessage());
            throw problems.refusal();
        }
        if (tree == null || !tree.isObject()) {
            problems.add(1, "$", "json.type.object");
            throw problems.refusal();
        }
        JsonObject.Context context = new JsonObject.Context(problems, lines);
        JsonObject doc = new JsonObject(tree, "", context);
        doc.allowOnly(Set.of("id", "version", "title", "scale", "geometricFloor", "root", "groups",
                "indicators", "bands"));
        String id = doc.text("id");
        String version = doc.text("version");
        LocalisedText title = doc.localised("title");
        double scale = doc.number("scale", 100);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            doc.report("scale", "json.positive");
        }
        double floor = doc.number("geometricFloor", scale / 1000);
        if (!(floor > 0 && floor < scale)) {
            doc.report("geometricFloor", "json.range", floor, 0, scale);
        }
        String root = doc.text("root");
        List<GroupDraft> groups = new ArrayList<>();
        for (JsonObject g : doc.objects("groups", true)) {
            groups.add(group(g));
        }
        List<IndicatorDraft> indicators = new ArrayList<>();
        for (JsonObject i : doc.objects("indicators", true)) {
            indicators.add(indicator(i));
        }
        checkSeries(indicators, context);
        List<Band> bands = bands(doc);
        MethodologyLinker linker = new MethodologyLinker(context);
        var linked = linker.link(root, doc.pointer("root"), groups, indicators);
        problems.throwIfAny();
        return new Methodology(id, version, title, scale, floor, linked, bands);
    }

    /** Each data series feeds exactly one indicator, or the data could not be told apart. */
    private static void checkSeries(List<IndicatorDraft> indicators, JsonObject.Context context) {
        Map<String, String> seriesAt = new HashMap<>();
        indicators.stream().filter(d -> d.id() != null).forEach(d -> seriesAt.putIfAbsent(d.id(), d.pointer()));
        for (IndicatorDraft d : indicators) {
            if (d.ratio() == null) {
                continue;
            }
            for (String series : new String[] {d.ratio().numerator(), d.ratio().denominator()}) {
                String here = d.pointer() + "/ratio";
                String earlier = series == null ? null : seriesAt.putIfAbsent(series, here);
                if (earlier != null) {
                    context.report(here, "json.seriesTwice", series, JsonObject.path(earlier));
                }
            }
        }
    }

    private static GroupDraft group(JsonObject g) {
        g.allowOnly(Set.of("id", "name", "aggregation", "minCoverage", "children"));
        String id = g.text("id");
        LocalisedText name = g.localised("name");
        Aggregation aggregation = g.choice("aggregation", AGGREGATIONS, Aggregation.ARITHMETIC);
        double minCoverage = g.number("minCoverage", 1.0);
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            g.report("minCoverage", "json.range", minCoverage, 0, 1);
        }
        List<ChildRef> children = new ArrayList<>();
        for (JsonObject c : g.objects("children", true)) {
            c.allowOnly(Set.of("ref", "weight"));
            children.add(new ChildRef(c.text("ref"), c.requiredNumber("weight"), c.pointer()));
        }
        return new GroupDraft(id, name, aggregation, minCoverage, children, g.pointer());
    }

    private static IndicatorDraft indicator(JsonObject i) {
        i.allowOnly(Set.of("id", "name", "unit", "direction", "transform", "normalisation", "imputation", "ratio"));
        String id = i.text("id");
        LocalisedText name = i.localised("name");
        String unit = i.text("unit");
        Direction direction = i.choice("direction", DIRECTIONS, null);
        Transform transform = transform(i);
        Normalisation normalisation = normalisation(i);
        Imputation imputation = i.choice("imputation", IMPUTATIONS, Imputation.NONE);
        Ratio ratio = null;
        JsonObject r = i.object("ratio", false);
        if (r != null) {
            r.allowOnly(Set.of("numerator", "denominator", "factor"));
            ratio = new Ratio(r.text("numerator"), r.text("denominator"), r.number("factor", 1));
            if (!(ratio.factor() > 0)) {
                r.report("factor", "json.positive");
            }
        }
        IndicatorDraft draft = new IndicatorDraft(id, name, unit, direction, transform, normalisation, imputation,
                ratio, i.pointer());
        IndicatorChecks.check(draft, i);
        return draft;
    }

    private static Transform transform(JsonObject i) {
        if (!i.has("transform") || i.isText("transform")) {
            Transform.Kind kind = i.choice("transform", TRANSFORMS, Transform.Kind.NONE);
            if (kind == Transform.Kind.CAP) {
                i.report("transform", "json.capValue");
            }
            return kind == Transform.Kind.LOG ? Transform.LOG : Transform.NONE;
        }
        JsonObject t = i.object("transform", true);
        t.allowOnly(Set.of("type", "cap"));
        Transform.Kind kind = t.choice("type", TRANSFORMS, null);
        if (kind == Transform.Kind.CAP) {
            double cap = t.requiredNumber("cap");
            return new Transform(kind, cap);
        }
        return kind == Transform.Kind.LOG ? Transform.LOG : Transform.NONE;
    }

    private static Normalisation normalisation(JsonObject i) {
        if (!i.has("normalisation") || i.isText("normalisation")) {
            Normalisation.Method method = i.choice("normalisation", NORMALISATIONS, null);
            if (method == Normalisation.Method.GOALPOSTS) {
                i.report("normalisation", "json.goalpostsMissing");
            }
            return method == null || method == Normalisation.Method.GOALPOSTS ? Normalisation.NONE
                    : new Normalisation(method, Double.NaN, Double.NaN);
        }
        JsonObject n = i.object("normalisation", true);
        n.allowOnly(Set.of("method", "lower", "upper"));
        Normalisation.Method method = n.choice("method", NORMALISATIONS, null);
        if (method == Normalisation.Method.GOALPOSTS) {
            return Normalisation.goalposts(n.requiredNumber("lower"), n.requiredNumber("upper"));
        }
        return new Normalisation(method == null ? Normalisation.Method.NONE : method, Double.NaN, Double.NaN);
    }

    private static List<Band> bands(JsonObject doc) {
        Map<String, Band> bands = new LinkedHashMap<>();
        for (JsonObject b : doc.objects("bands", false)) {
            b.allowOnly(Set.of("id", "name", "from"));
            String id = b.text("id");
            LocalisedText name = b.localised("name");
            double from = b.requiredNumber("from");
            if (id != null && bands.containsKey(id)) {
                b.report("id", "json.duplicateId", id, "$.bands");
            } else if (id != null && name != null && Double.isFinite(from)) {
                bands.put(id, new Band(id, name, from));
            }
        }
        return List.copyOf(bands.values());
    }
}
