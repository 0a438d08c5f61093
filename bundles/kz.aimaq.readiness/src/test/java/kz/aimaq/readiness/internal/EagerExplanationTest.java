package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.aimaq.readiness.api.Aggregation;
import kz.aimaq.readiness.api.Contribution;
import kz.aimaq.readiness.api.Explanation;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;

/**
 * The explanations computed with the scores, for every unit, against a plain re-derivation
 * from the published node scores: each group's loss shared among its scored children in
 * proportion to {@code w·(scale − s)} or {@code w·(ln scale − ln s)}, the weakest three by a
 * full sort, imputations by a filter, the vintage by comparing periods.
 */
class EagerExplanationTest {

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();
    private final Methodology okrug = engine.shippedMethodology("aimaq-okrug");
    private final List<String> units = IntStream.range(0, 600)
            .mapToObj(i -> String.format("%02d%02d%03d000", 10 + i % 7, 10 + i % 13, i)).toList();

    @ParameterizedTest
    @ValueSource(strings = {"arithmetic", "coarse values", "geometric root", "geometric pillar"})
    void everyUnitsExplanationMatchesTheDecompositionOfItsNodeScores(String variant) {
        Methodology m = variant.startsWith("geometric") ? geometric(variant.equals("geometric root")) : okrug;
        List<IndicatorValue> values = engine.synthetic(m, units, "2024", 5);
        if (variant.equals("coarse values")) {
            // values rounded to tens: many indicators tie on points lost, some on score too
            values = values.stream().map(v -> new IndicatorValue(v.unit(), v.indicator(), v.period(),
                    Math.round(v.value() / 10) * 10.0, v.source())).toList();
        }
        ScoreTable table = engine.score(m, values, ScoringOptions.latest());
        int incomplete = 0;
        for (String u : units) {
            Explanation e = table.explain(u);
            List<Contribution> all = e.contributions();
            double[][] expected = decompose(table, m, u);
            for (int i = 0; i < all.size(); i++) {
                Contribution c = all.get(i);
                assertEquals(expected[0][i], c.effectiveWeight(), 1e-12, u + " " + c.indicator());
                assertEquals(expected[1][i], c.pointsLost(), 1e-9, u + " " + c.indicator());
                assertEquals(expected[0][i] * m.scale() - expected[1][i], c.contribution(), 1e-9, u + " " + c.indicator());
            }
            incomplete += all.stream().anyMatch(c -> Double.isNaN(c.score())) ? 1 : 0;
            assertEquals(all.stream().filter(c -> c.effectiveWeight() > 0)
                    .sorted(Comparator.comparingDouble(Contribution::pointsLost).reversed()
                            .thenComparingDouble(Contribution::score))
                    .limit(3).toList(), e.weakest(), u);
            assertEquals(all.stream().filter(Contribution::imputed).toList(), e.imputed(), u);
            List<String> periods = all.stream().filter(c -> !Double.isNaN(c.score())).map(Contribution::period)
                    .filter(Objects::nonNull).sorted().toList();
            assertEquals(periods.isEmpty() ? null : periods.get(0), e.oldestPeriod(), u);
            assertEquals(periods.isEmpty() ? null : periods.get(periods.size() - 1), e.newestPeriod(), u);
        }
        assertTrue(incomplete > 50, "missing values exercise renormalised weights: " + incomplete);
    }

    /** {effective weights, points lost} per indicator, root first through the tree. */
    private static double[][] decompose(ScoreTable table, Methodology m, String unit) {
        List<String> ids = m.indicators().stream().map(Node::id).toList();
        double[][] out = new double[2][ids.size()];
        double total = table.unit(unit).total().score();
        if (!Double.isNaN(total)) {
            share(table, m, unit, m.root(), 1, m.scale() - total, ids, out);
        }
        return out;
    }

    private static void share(ScoreTable table, Methodology m, String unit, Node node, double weight, double loss,
            List<String> ids, double[][] out) {
        if (!(node instanceof Group group)) {
            out[0][ids.indexOf(node.id())] = weight;
            out[1][ids.indexOf(node.id())] = loss;
            return;
        }
        if (weight == 0 || !table.node(unit, group.id()).sufficient()) {
            return;
        }
        boolean geometric = group.aggregation() == Aggregation.GEOMETRIC;
        double sumWeights = 0;
        for (Node kid : group.children()) {
            sumWeights += table.node(unit, kid.id()).sufficient() ? kid.weight() : 0;
        }
        double[] shares = new double[group.children().size()];
        double sum = 0;
        for (int c = 0; c < shares.length; c++) {
            Node kid = group.children().get(c);
            double s = table.node(unit, kid.id()).score();
            if (!Double.isNaN(s)) {
                double w = kid.weight() / sumWeights;
                shares[c] = geometric ? w * (Math.log(m.scale()) - Math.log(Math.max(s, m.geometricFloor())))
                        : w * (m.scale() - s);
                sum += shares[c];
            }
        }
        for (int c = 0; c < shares.length; c++) {
            Node kid = group.children().get(c);
            if (!Double.isNaN(table.node(unit, kid.id()).score())) {
                share(table, m, unit, kid, weight * kid.weight() / sumWeights, sum == 0 ? 0 : loss * shares[c] / sum,
                        ids, out);
            }
        }
    }

    /** The okrug methodology with a geometric root, or with its first pillar geometric. */
    private Methodology geometric(boolean root) {
        Group r = okrug.root();
        List<Node> pillars = new ArrayList<>(r.children());
        if (!root) {
            Group p = (Group) pillars.get(0);
            pillars.set(0, new Group(p.id(), p.name(), p.weight(), Aggregation.GEOMETRIC, p.minCoverage(), p.children()));
        }
        Group top = new Group(r.id(), r.name(), r.weight(), root ? Aggregation.GEOMETRIC : r.aggregation(),
                r.minCoverage(), pillars);
        return new Methodology(okrug.id(), okrug.version(), okrug.title(), okrug.scale(), okrug.geometricFloor(), top,
                okrug.bands());
    }
}
