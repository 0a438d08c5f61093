package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.readiness.api.Comparison;
import kz.aimaq.readiness.api.Contribution;
import kz.aimaq.readiness.api.Explanation;
import kz.aimaq.readiness.api.Imputation;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;

/**
 * Hand-worked cases. Tree: idx = 0.5·P + 0.5·G; P (arithmetic, coverage ≥ 0.65) = 0.5·x +
 * 0.25·y + 0.25·z; G (geometric) = a^0.5 · b^0.5. x: higher, goalposts 0 → 50; y: lower,
 * 100 → 2, peer median; z: log, 2 → 50; a: 0 → 100, last observed; b: 0 → 100.
 */
class ScoringTest {

    static final String METHODOLOGY = """
            {"id": "t", "version": "1", "title": "test", "scale": 100, "geometricFloor": 0.1, "root": "idx",
             "groups": [
               {"id": "idx", "name": "index", "children": [{"ref": "P", "weight": 0.5}, {"ref": "G", "weight": 0.5}]},
               {"id": "P", "name": "P", "minCoverage": 0.65, "children": [
                 {"ref": "x", "weight": 0.5}, {"ref": "y", "weight": 0.25}, {"ref": "z", "weight": 0.25}]},
               {"id": "G", "name": "G", "aggregation": "geometric", "children": [
                 {"ref": "a", "weight": 0.5}, {"ref": "b", "weight": 0.5}]}],
             "indicators": [
               {"id": "x", "name": "x", "unit": "%", "direction": "higher",
                "normalisation": {"method": "goalposts", "lower": 0, "upper": 50}},
               {"id": "y", "name": "y", "unit": "h", "direction": "lower", "imputation": "peer-median",
                "normalisation": {"method": "goalposts", "lower": 100, "upper": 2}},
               {"id": "z", "name": "z", "unit": "Mbit/s", "direction": "higher", "transform": "log",
                "normalisation": {"method": "goalposts", "lower": 2, "upper": 50}},
               {"id": "a", "name": "a", "unit": "%", "direction": "higher", "imputation": "last-observed",
                "normalisation": {"method": "goalposts", "lower": 0, "upper": 100}},
               {"id": "b", "name": "b", "unit": "%", "direction": "higher",
                "normalisation": {"method": "goalposts", "lower": 0, "upper": 100}}],
             "bands": [{"id": "good", "name": "good", "from": 40}, {"id": "weak", "name": "weak", "from": 0}]}
            """;

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();

    static Methodology methodology(ReadinessEngineImpl engine) throws Exception {
        return engine.readMethodology(new ByteArrayInputStream(METHODOLOGY.getBytes(StandardCharsets.UTF_8)), "t.json",
                Locale.ENGLISH);
    }

    private ScoreTable table() throws Exception {
        List<IndicatorValue> v = new ArrayList<>();
        add(v, "U1", "2024", "x", 25, "y", 51, "z", 10, "a", 64, "b", 16);
        add(v, "U2", "2024", "x", 60, "z", 2, "a", 100, "b", 1);
        add(v, "U3", "2024", "y", 149, "a", 50, "b", 50);
        add(v, "U4", "2024", "x", 25, "y", 51, "b", 16);
        add(v, "U4", "2023", "a", 64);
        add(v, "U5", "2024", "x", 50, "y", 2, "z", 50, "a", 100, "b", 100);
        return engine.score(methodology(engine), v, ScoringOptions.latest());
    }

    @Test
    void goalpostsLowerIsBetterAndLogTransformScoreAsWorkedOut() throws Exception {
        ScoreTable t = table();
        assertEquals(50, t.node("U1", "x").score(), 1e-12);
        assertEquals(50, t.node("U1", "y").score(), 1e-12, "(51 − 100) / (2 − 100) = 0.5");
        assertEquals(50, t.node("U1", "z").score(), 1e-12, "ln(10/2) / ln(50/2) = 0.5");
        assertEquals(100, t.node("U2", "x").score(), 1e-12, "60 is above U = 50: clamped");
        assertEquals(0, t.node("U2", "z").score(), 1e-12);
        assertEquals(0, t.node("U3", "y").score(), 1e-12, "149 is worse than L = 100: clamped");
        assertEquals(100, t.node("U5", "y").score(), 1e-12);
    }

    @Test
    void geometricAggregationScoresAsWorkedOut() throws Exception {
        ScoreTable t = table();
        assertEquals(32, t.node("U1", "G").score(), 1e-12, "√(64 · 16)");
        assertEquals(10, t.node("U2", "G").score(), 1e-12, "√(100 · 1)");
        assertEquals(0.5 * 50 + 0.5 * 32, t.unit("U1").total().score(), 1e-12);
    }

    @Test
    void missingDataRuleRenormalisesImputesAndRefusesLowCoverage() throws Exception {
        ScoreTable t = table();
        // U2 lacks y: the peer median of 2, 51, 51 and 149 is 51, which scores 50, flagged
        assertEquals(50, t.node("U2", "y").score(), 1e-12);
        Explanation u2 = t.explain("U2");
        assertEquals(List.of("y"), u2.imputed().stream().map(Contribution::indicator).toList());
        assertEquals(Imputation.PEER_MEDIAN, u2.imputed().get(0).imputation());
        assertEquals(0.5 * (0.5 * 100 + 0.25 * 50 + 0.25 * 0) + 0.5 * 10, t.unit("U2").total().score(), 1e-12);
        // U4 lacks z (no imputation): 2 of 3 children ≥ 0.65, weights renormalised over x and y
        assertEquals(2.0 / 3, t.node("U4", "P").coverage(), 1e-12);
        assertEquals((0.5 * 50 + 0.25 * 50) / 0.75, t.node("U4", "P").score(), 1e-12);
        // U4's a comes from 2023, flagged, and sets the data vintage
        Explanation u4 = t.explain("U4");
        assertEquals(Imputation.LAST_OBSERVED, u4.imputed().get(0).imputation());
        assertEquals("2023", u4.oldestPeriod());
        assertEquals("2024", u4.newestPeriod());
        // U3 has 1 of 3 children in P: insufficient, and so is its index: never a zero
        assertFalse(t.node("U3", "P").sufficient());
        assertTrue(Double.isNaN(t.unit("U3").total().score()));
        assertEquals(0, t.unit("U3").total().rank());
        assertNull(t.unit("U3").band());
        assertEquals(50, t.node("U3", "G").score(), 1e-12, "its other pillar is still scored");
    }

    @Test
    void ranksAreCompetitionRanks() throws Exception {
        ScoreTable t = table();
        assertEquals(List.of(1, 2, 2, 4), List.of("U5", "U1", "U4", "U2").stream()
                .map(u -> t.unit(u).total().rank()).toList(), "U1 and U4 both score 41");
        assertEquals("good", t.unit("U1").band().id());
        assertEquals("weak", t.unit("U2").band().id());
    }

    @Test
    void contributionsAndPointsLostDecomposeAsWorkedOut() throws Exception {
        Explanation e = table().explain("U1");
        double la = Math.log(100) - Math.log(64);
        double lb = Math.log(100) - Math.log(16);
        double lossG = 0.5 * (100 - 32);
        assertEquals(rounded(new double[] {12.5, 6.25, 6.25, 25 - lossG * la / (la + lb), 25 - lossG * lb / (la + lb)}),
                rounded(e.contributions().stream().mapToDouble(Contribution::contribution).toArray()));
        assertEquals(rounded(new double[] {0.25, 0.125, 0.125, 0.25, 0.25}),
                rounded(e.contributions().stream().mapToDouble(Contribution::effectiveWeight).toArray()));
        assertEquals(List.of("b", "x", "a"), e.weakest().stream().map(Contribution::indicator).toList());
        assertEquals(41, e.contributions().stream().mapToDouble(Contribution::contribution).sum(), 1e-12);
    }

    @Test
    void comparisonIsASumOfDifferences() throws Exception {
        Comparison c = table().compare("U1", "U2");
        assertEquals(41 - 36.25, c.scoreA() - c.scoreB(), 1e-12);
        assertEquals(c.scoreA() - c.scoreB(), c.differences().stream().mapToDouble(Comparison.Difference::delta).sum(),
                1e-12);
        // b: U1 keeps 25 − 34·ln(100/16)/ln(100/32) ≈ −2.34, U2 keeps 25 − 45 = −20 (a is perfect)
        assertEquals("b", c.differences().get(0).indicator());
        assertEquals(-20, c.differences().get(0).contributionB(), 1e-12);
    }

    private static List<Double> rounded(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(Math.round(v * 1e9) / 1e9);
        }
        return out;
    }

    static void add(List<IndicatorValue> out, String unit, String period, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new IndicatorValue(unit, (String) pairs[i], period, ((Number) pairs[i + 1]).doubleValue(), "test"));
        }
    }
}
