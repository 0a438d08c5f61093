package kz.aimaq.readiness.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reads methodologies and indicator data, and scores units. Stateless and thread-safe. */
@org.osgi.annotation.versioning.ProviderType
public interface ReadinessEngine {

    /**
     * Reads and validates a methodology JSON document. Refuses negative weights, weights not
     * summing to 1 at a group, unknown or repeated references, cycles and equal goalposts,
     * naming the JSON path (and line) of each offending node, with reasons in {@code locale}.
     */
    Methodology readMethodology(InputStream json, String fileName, Locale locale)
            throws IOException, InvalidInputException;

    /** The ids of the methodologies shipped with the engine ({@code egdi}, {@code aimaq-okrug}). */
    List<String> shippedMethodologies();

    /** A shipped methodology; throws {@link IllegalArgumentException} for an unknown id. */
    Methodology shippedMethodology(String id);

    /**
     * Imports UTF-8 CSV with the header {@code unit,indicator,period,value,source}: all rows or
     * none; every problem is named by file, line and field, in {@code locale}.
     */
    List<IndicatorValue> importValues(InputStream csv, String fileName, Locale locale)
            throws IOException, InvalidInputException;

    /** Scores every unit that has a value in the data at every node. */
    ScoreTable score(Methodology methodology, Collection<IndicatorValue> values, ScoringOptions options);

    /**
     * Scores the ancestors of the units in the data: ratio indicators from summed numerators
     * and denominators, the others population-weighted, with the population share covered.
     * Missing values of the base units are imputed among siblings (see {@link Imputation}).
     */
    RollUpTable rollUp(Methodology methodology, Collection<IndicatorValue> values, UnitHierarchy hierarchy,
            ScoringOptions options);

    /** Median rank and 5–95 % interval per scored unit, deterministic for a given seed. */
    List<RankInterval> robustness(ScoreTable table, RobustnessOptions options);

    /**
     * Plausible, deterministic demonstration values for every indicator (and ratio series) of
     * the methodology and every unit, each with source {@value IndicatorValue#SYNTHETIC}. A
     * unit's values depend only on its code, the period and the seed.
     */
    List<IndicatorValue> synthetic(Methodology methodology, Collection<String> units, String period, long seed);
}
