package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.aimaq.readiness.api.Aggregation;
import kz.aimaq.readiness.api.Direction;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Imputation;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.LocalisedText;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.Transform;

/** T6: min-max ignores a prior affine rescaling, so z-score-then-min-max changes nothing. */
class NormalisationEquivalenceTest {

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();

    @ParameterizedTest
    @ValueSource(strings = {"2014", "2016", "2018", "2022", "2024"})
    void minMaxAndZScoreMinMaxGiveTheSameScoresOnPublishedComponents(String year) throws IOException {
        EgdiTables.Edition edition = year.equals("2022") ? EgdiTables.E2022
                : year.equals("2024") ? EgdiTables.E2024 : EgdiTables.older(year);
        List<EgdiTables.Row> rows = EgdiTables.read(edition);
        ScoreTable minMax = engine.score(egdi(Normalisation.MIN_MAX), EgdiTables.values(rows, year),
                ScoringOptions.latest());
        ScoreTable zScore = engine.score(egdi(Normalisation.Z_SCORE_MIN_MAX), EgdiTables.values(rows, year),
                ScoringOptions.latest());
        for (EgdiTables.Row r : rows) {
            Map<String, Double> published = Map.of("OSI", r.osi(), "HCI", r.hci(), "TII", r.tii());
            for (String component : published.keySet()) {
                double viaMinMax = minMax.node(r.country(), component).score();
                assertEquals(viaMinMax, zScore.node(r.country(), component).score(), 1e-12, r.country() + component);
                // every published component spans exactly [0, 1], so min-max gives it back
                assertEquals(published.get(component), viaMinMax, 1e-12, r.country() + component);
            }
            assertEquals(minMax.unit(r.country()).total().score(), zScore.unit(r.country()).total().score(), 1e-12);
        }
    }

    private static Methodology egdi(Normalisation normalisation) {
        List<Node> components = List.of("OSI", "HCI", "TII").stream()
                .map(id -> (Node) new Indicator(id, LocalisedText.of(id), 1.0 / 3, "index", Direction.HIGHER_IS_BETTER,
                        Transform.NONE, normalisation, Imputation.NONE, null))
                .toList();
        Group root = new Group("EGDI", LocalisedText.of("EGDI"), 1, Aggregation.ARITHMETIC, 1, components);
        return new Methodology("egdi-" + normalisation.method(), "test", LocalisedText.of("EGDI"), 1, 0.001, root,
                List.of());
    }
}
