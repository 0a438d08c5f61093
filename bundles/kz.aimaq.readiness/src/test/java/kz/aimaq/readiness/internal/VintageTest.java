package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.aimaq.readiness.api.Aggregation;
import kz.aimaq.readiness.api.Direction;
import kz.aimaq.readiness.api.Explanation;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Imputation;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.LocalisedText;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.Transform;

/**
 * The data vintage of a unit counts only the values that are scored: the vintage range
 * prepared with the matrix covers every value, and must not be taken when one is left unscored.
 */
class VintageTest {

    @Test
    void aValueWithoutAScoreDoesNotSetTheVintage() {
        // b's goalposts coincide, so its value 50 scores 0/0: no score, though it has a period
        Methodology m = new Methodology("vintage", "1", LocalisedText.of("vintage"), 100, 0.1,
                new Group("index", LocalisedText.of("index"), 1, Aggregation.ARITHMETIC, 0.5, List.of(
                        indicator("a", 0, Imputation.LAST_OBSERVED), indicator("b", 50, Imputation.LAST_OBSERVED),
                        indicator("c", 0, Imputation.NONE))),
                List.of());
        List<IndicatorValue> values = List.of(new IndicatorValue("U1", "a", "2023", 40, "s"),
                new IndicatorValue("U1", "b", "2022", 50, "s"), new IndicatorValue("U1", "c", "2025", 60, "s"));
        ScoreTable table = new ReadinessEngineImpl().score(m, values, ScoringOptions.latest());
        Explanation u1 = table.explain("U1");
        assertTrue(Double.isNaN(table.node("U1", "b").score()), "b is left unscored");
        assertEquals("2022", u1.contributions().get(1).period());
        assertEquals("2023", u1.oldestPeriod());
        assertEquals("2025", u1.newestPeriod());
    }

    private static Node indicator(String id, double lower, Imputation imputation) {
        double upper = lower == 0 ? 100 : lower;
        return new Indicator(id, LocalisedText.of(id), 1.0 / 3, "%", Direction.HIGHER_IS_BETTER, Transform.NONE,
                Normalisation.goalposts(lower, upper), imputation, null);
    }
}
