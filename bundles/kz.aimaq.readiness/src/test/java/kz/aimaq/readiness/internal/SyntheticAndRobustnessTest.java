package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import kz.aimaq.readiness.api.Contribution;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.RankInterval;
import kz.aimaq.readiness.api.RobustnessOptions;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;

/** Synthetic demo data on the shipped okrug methodology, and the Monte Carlo over it. */
class SyntheticAndRobustnessTest {

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();
    private final Methodology okrug = engine.shippedMethodology("aimaq-okrug");
    private final List<String> units = IntStream.range(0, 400)
            .mapToObj(i -> String.format("%02d%02d%02d000", 10 + i % 7, 10 + i % 13, 10 + i)).toList();

    @Test
    void syntheticDataIsDeterministicLabelledAndWithinGoalposts() {
        List<IndicatorValue> first = engine.synthetic(okrug, units, "2024", 7);
        assertEquals(first, engine.synthetic(okrug, units, "2024", 7));
        assertNotEquals(first, engine.synthetic(okrug, units, "2024", 8));
        assertTrue(first.stream().allMatch(v -> IndicatorValue.SYNTHETIC.equals(v.source())));
        assertEquals(engine.synthetic(okrug, units.subList(5, 6), "2024", 7),
                first.stream().filter(v -> v.unit().equals(units.get(5))).toList(), "a unit depends only on itself");
        for (Indicator i : okrug.indicators()) {
            double lo = Math.min(i.normalisation().lower(), i.normalisation().upper());
            double hi = Math.max(i.normalisation().lower(), i.normalisation().upper());
            assertTrue(first.stream().filter(v -> v.indicator().equals(i.id()))
                    .allMatch(v -> v.value() >= lo && v.value() <= hi), i.id());
        }
        ScoreTable table = engine.score(okrug, first, ScoringOptions.latest());
        assertTrue(units.stream().allMatch(u -> table.unit(u).synthetic()));
    }

    @Test
    void contributionsSumToTheScoreForEveryUnit() {
        ScoreTable table = engine.score(okrug, engine.synthetic(okrug, units, "2024", 3), ScoringOptions.latest());
        int scored = 0;
        for (String u : units) {
            double total = table.unit(u).total().score();
            double sum = table.explain(u).contributions().stream().mapToDouble(Contribution::contribution).sum();
            if (!Double.isNaN(total)) {
                scored++;
                assertEquals(total, sum, 1e-9, u);
            }
        }
        assertTrue(scored > units.size() * 0.9, "2 % missing values leave most units scored: " + scored);
    }

    @Test
    void monteCarloIsDeterministicAndCollapsesWithoutPerturbation() {
        ScoreTable table = engine.score(okrug, engine.synthetic(okrug, units, "2024", 3), ScoringOptions.latest());
        RobustnessOptions options = new RobustnessOptions(200, 0.25, true, 11);
        List<RankInterval> intervals = engine.robustness(table, options);
        assertEquals(intervals, engine.robustness(table, options));
        assertTrue(intervals.stream().allMatch(r -> r.low() <= r.medianRank() && r.medianRank() <= r.high()));
        assertTrue(intervals.stream().anyMatch(r -> r.high() > r.low()), "±25 % weights must move some ranks");

        for (RankInterval r : engine.robustness(table, new RobustnessOptions(20, 0, false, 11))) {
            int rank = table.unit(r.unit()).total().rank();
            assertEquals(List.of((double) rank, rank, rank), List.of(r.medianRank(), r.low(), r.high()), r.unit());
        }
    }
}
