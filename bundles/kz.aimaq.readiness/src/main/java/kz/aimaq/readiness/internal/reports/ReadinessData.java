package kz.aimaq.readiness.internal.reports;

import java.util.List;
import java.util.Locale;

import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.ReportStrings;

/**
 * The scores the readiness reports show: the okrug methodology over the demonstration values
 * the readiness views also use (labelled synthetic in every report), for the period asked.
 */
final class ReadinessData {

    static final String METHODOLOGY = "aimaq-okrug";
    static final String DEFAULT_PERIOD = "2025";
    static final long SEED = 2026L;
    static final String STRINGS = "readiness-reports";

    /** Band colours from the highest band down, as the readiness views draw them. */
    private static final int[] BAND_COLOURS = {0x1A9850, 0x91CF60, 0xFEE08B, 0xFC8D59, 0xD73027};

    private ReadinessData() {
    }

    static ScoreTable score(ReadinessEngine engine, List<Unit> units, String period) {
        Methodology methodology = engine.shippedMethodology(METHODOLOGY);
        List<IndicatorValue> values = engine.synthetic(methodology, units.stream().map(Unit::code).toList(), period, SEED);
        return engine.score(methodology, values, ScoringOptions.latest().withPeriod(period));
    }

    static int bandColour(int index) {
        return BAND_COLOURS[Math.min(index, BAND_COLOURS.length - 1)];
    }

    static List<MapPanel.MapClass> bandClasses(Methodology methodology, Locale locale) {
        List<MapPanel.MapClass> classes = new java.util.ArrayList<>();
        for (int i = 0; i < methodology.bands().size(); i++) {
            classes.add(new MapPanel.MapClass(methodology.bands().get(i).name().get(locale), bandColour(i)));
        }
        return classes;
    }

    static ReportStrings strings(Locale locale) {
        return ReportStrings.load(ReadinessData.class, STRINGS, locale);
    }
}
