package kz.aimaq.readiness.internal.reports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.api.UnitScore;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.ReportStrings;

/**
 * The scores the readiness reports show: the okrug methodology over the indicator returns the
 * okrugs submitted for the year asked; where none has, over the demonstration values the
 * readiness views also use (labelled synthetic in every report) only on an installation that
 * chose them for a demonstration, as the views do only when the user ticks them.
 */
final class ReadinessData {

    static final String METHODOLOGY = "aimaq-okrug";
    static final String DEFAULT_PERIOD = "2025";
    static final long SEED = 2026L;
    static final String STRINGS = "readiness-reports";

    /** Framework property of an installation shown at a demonstration: the views' and reports' default. */
    static final String DEMO_PROPERTY = "aimaq.readiness.demo";

    /** Band colours from the highest band down, as the readiness views draw them. */
    private static final int[] BAND_COLOURS = {0x1A9850, 0x91CF60, 0xFEE08B, 0xFC8D59, 0xD73027};

    private ReadinessData() {
    }

    /**
     * The scores of {@code units} for a year, and whether they come from returns.
     *
     * @param table       the engine's scores
     * @param fromReturns whether the values are the returns the units submitted (else the synthetic demo)
     * @param returned    the units scored on their returns
     */
    record Scores(ScoreTable table, boolean fromReturns, Set<String> returned) {

        /** A unit's score; empty for a unit that sent no return when the scores come from returns. */
        Optional<UnitScore> unit(String code) {
            return table.units().contains(code) ? Optional.of(table.unit(code)) : Optional.empty();
        }
    }

    /**
     * Scores the units on the indicator values they submitted for the year where any of them did:
     * real data only, units without a return stay unscored. When none of them has submitted, they
     * are scored on the synthetic demonstration values (which every report then labels) if
     * {@code demo}, else they all stay unscored.
     */
    static Scores score(ReadinessEngine engine, SubmittedValues submitted, List<Unit> units, String period,
            boolean demo) {
        Methodology methodology = engine.shippedMethodology(METHODOLOGY);
        Set<String> codes = units.stream().map(Unit::code).collect(Collectors.toSet());
        List<IndicatorValue> returned = submitted == null ? List.of()
                : submitted.values(period, null).stream().filter(v -> codes.contains(v.unit())).toList();
        ScoringOptions options = ScoringOptions.latest().withPeriod(period);
        if (!returned.isEmpty() || !demo) {
            return new Scores(engine.score(methodology, returned, options), true,
                    returned.stream().map(IndicatorValue::unit).collect(Collectors.toSet()));
        }
        List<IndicatorValue> values = engine.synthetic(methodology, units.stream().map(Unit::code).toList(), period, SEED);
        return new Scores(engine.score(methodology, values, options), false, Set.of());
    }

    /** Where the scores' values came from, for a report's metadata. */
    static kz.aimaq.reporting.api.DataSource source(Scores scored, String period, ReportStrings s) {
        java.time.LocalDate yearEnd = java.time.LocalDate.of(Integer.parseInt(period), 12, 31);
        return scored.fromReturns()
                ? new kz.aimaq.reporting.api.DataSource(s.get("source.returns", period, scored.returned().size()), yearEnd, false)
                : new kz.aimaq.reporting.api.DataSource(s.get("source.synthetic", period, SEED), yearEnd, true);
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
