package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.RollUpInfo;
import kz.aimaq.readiness.api.RollUpMethod;
import kz.aimaq.readiness.api.RollUpTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.UnitHierarchy;

/** Okrugs O1, O2 in district D, O3 in district E, both in region R; idx = 0.5·r + 0.5·p. */
class RollUpTest {

    private static final String HIERARCHY = """
            unit,parent,population
            O1,D,1000
            O2,D,3000
            O3,E,2000
            D,R,
            E,R,2000
            R,,
            """;

    private static final String METHODOLOGY = """
            {"id": "r", "version": "1", "title": "roll-up", "root": "idx",
             "groups": [{"id": "idx", "name": "idx", "children": [{"ref": "r", "weight": 0.5}, {"ref": "p", "weight": 0.5}]}],
             "indicators": [
               {"id": "r", "name": "households online", "unit": "%", "direction": "higher",
                "normalisation": {"method": "goalposts", "lower": 0, "upper": 100},
                "ratio": {"numerator": "r.num", "denominator": "r.den", "factor": 100}},
               {"id": "p", "name": "services online", "unit": "%", "direction": "higher",
                "normalisation": {"method": "goalposts", "lower": 0, "upper": 100}}]}
            """;

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();

    @Test
    void parentsAreBuiltFromRatiosOrPopulationWeightsWithTheShareCovered() throws Exception {
        List<IndicatorValue> v = new ArrayList<>();
        ScoringTest.add(v, "O1", "2024", "r.num", 50, "r.den", 100, "p", 20);
        ScoringTest.add(v, "O2", "2024", "r.num", 90, "r.den", 300, "p", 60);
        ScoringTest.add(v, "O3", "2024", "r.num", 10, "r.den", 100);
        Methodology m = engine.readMethodology(new ByteArrayInputStream(METHODOLOGY.getBytes(StandardCharsets.UTF_8)),
                "r.json", Locale.ENGLISH);

        RollUpTable t = engine.rollUp(m, v, hierarchy(), ScoringOptions.latest());

        assertEquals(List.of("D", "E", "R"), t.units());
        assertEquals(100.0 * (50 + 90) / (100 + 300), t.node("D", "r").score(), 1e-12, "Σ numerators / Σ denominators");
        assertEquals((20 * 1000 + 60 * 3000) / 4000.0, t.node("D", "p").score(), 1e-12, "population-weighted");
        assertEquals(0.5 * 35 + 0.5 * 50, t.unit("D").total().score(), 1e-12);
        RollUpInfo d = t.rollUp("D");
        assertEquals((35.0 * 1000 + 45.0 * 3000) / 4000, d.populationWeightedScore(), 1e-12, "from okrug indices");
        assertEquals(1, d.populationShare(), 1e-12);
        assertEquals(RollUpMethod.RATIO, d.indicators().get(0).method());
        // E: its only okrug has no p, so E is insufficient rather than zero
        assertFalse(t.unit("E").total().sufficient());
        assertEquals(RollUpMethod.NONE, t.rollUp("E").indicators().get(1).method());
        // R: r from all three okrugs' sums; p only from D, which holds 4 000 of 6 000 people
        assertEquals(100.0 * 150 / 500, t.node("R", "r").score(), 1e-12);
        assertEquals(50, t.node("R", "p").score(), 1e-12);
        assertEquals(4000.0 / 6000, t.rollUp("R").indicators().get(1).populationShare(), 1e-12);
        assertEquals(4000.0 / 6000, t.rollUp("R").populationShare(), 1e-12);
        assertEquals(0.5 * 30 + 0.5 * 50, t.unit("R").total().score(), 1e-12);
        assertEquals(0, t.rollUp("R").depth());
        assertEquals(1, t.unit("D").total().rank(), "ranked among units of its depth only");
        assertEquals(1, t.unit("R").total().rank());
        assertEquals(List.of("O1", "O2", "O3"), t.base().units(), "the okrugs the roll-up was built from");
        assertEquals(0.5 * 50 + 0.5 * 20, t.base().unit("O1").total().score(), 1e-12);
    }

    /** The hierarchy as a registry would give it, here read from a CSV. */
    private static UnitHierarchy hierarchy() throws Exception {
        CsvInput csv = CsvInput.read(HIERARCHY.getBytes(StandardCharsets.UTF_8));
        Map<String, String> parents = new HashMap<>();
        Map<String, Double> population = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            List<String> f = row.fields();
            if (!f.get(1).isEmpty()) {
                parents.put(f.get(0), f.get(1));
            }
            if (!f.get(2).isEmpty()) {
                population.put(f.get(0), Double.parseDouble(f.get(2)));
            }
        }
        return new UnitHierarchy() {
            @Override
            public Optional<String> parent(String unit) {
                return Optional.ofNullable(parents.get(unit));
            }

            @Override
            public OptionalDouble population(String unit) {
                Double p = population.get(unit);
                return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
            }
        };
    }
}
