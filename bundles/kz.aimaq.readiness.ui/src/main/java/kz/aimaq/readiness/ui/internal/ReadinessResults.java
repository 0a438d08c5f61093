package kz.aimaq.readiness.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import kz.aimaq.platform.api.Region;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.RankInterval;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.RobustnessOptions;
import kz.aimaq.readiness.api.RollUpTable;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.api.UnitScore;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;

/**
 * One complete scoring of the registry: okrug scores, their roll-up to districts and regions,
 * rank intervals, and the rows the views show. Immutable; built off the UI thread.
 */
final class ReadinessResults {

    /** The methodology the views show. */
    static final String METHODOLOGY = "aimaq-okrug";
    /** The period of the synthetic data set. */
    static final String PERIOD = "2025";
    /** Fixes the synthetic data set: the same registry always gives the same demo values. */
    static final long SEED = 2026L;

    final Methodology methodology;
    final ScoreTable okrugs;
    final RollUpTable parents;
    final List<Row> rows;
    final boolean synthetic;
    /** Regions with no score, because none of their okrugs had one: the map leaves them grey. */
    final List<Unit> regionsWithoutScore;
    private final Map<String, Row> byCode;
    private final Map<RankLevel, Integer> counts;

    private ReadinessResults(Methodology methodology, ScoreTable okrugs, RollUpTable parents, List<Row> rows,
            boolean synthetic, List<Unit> regions) {
        this.methodology = methodology;
        this.okrugs = okrugs;
        this.parents = parents;
        this.rows = Collections.unmodifiableList(rows);
        this.synthetic = synthetic;
        byCode = new HashMap<>();
        counts = new EnumMap<>(RankLevel.class);
        for (Row row : rows) {
            byCode.put(row.code(), row);
            counts.merge(row.level(), row.scored() ? 1 : 0, Integer::sum);
        }
        regionsWithoutScore = regions.stream()
                .filter(r -> row(r.code()).map(row -> !row.scored()).orElse(true)).toList();
    }

    /**
     * Scores every okrug of the registry on synthetic data and rolls the scores up.
     *
     * @param progress  told the share done, 0–1
     * @param cancelled polled between steps
     * @throws CancellationException once {@code cancelled} says so
     */
    /**
     * @param demo whether the user chose the demonstration data for when no okrug has submitted
     * @return empty when no okrug has submitted and the demonstration was not chosen
     */
    static Optional<ReadinessResults> compute(ReadinessEngine engine, RegistryService registry,
            Optional<SubmittedValues> submitted, boolean demo, DoubleConsumer progress, BooleanSupplier cancelled) {
        RegistryHierarchy hierarchy = RegistryHierarchy.read(registry, cancelled);
        progress.accept(0.15);
        Methodology methodology = engine.shippedMethodology(METHODOLOGY);
        List<String> codes = hierarchy.okrugs().stream().map(Unit::code).toList();
        List<IndicatorValue> values = values(engine, methodology, codes, submitted, demo);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        check(cancelled);
        progress.accept(0.25);
        RollUpTable parents = engine.rollUp(methodology, values, hierarchy, ScoringOptions.latest());
        ScoreTable okrugs = parents.base();
        check(cancelled);
        progress.accept(0.45);
        Map<String, RankInterval> intervals = new HashMap<>();
        engine.robustness(okrugs, RobustnessOptions.defaults()).forEach(r -> intervals.put(r.unit(), r));
        check(cancelled);
        progress.accept(0.75);
        engine.robustness(parents, RobustnessOptions.defaults()).forEach(r -> intervals.put(r.unit(), r));
        check(cancelled);
        progress.accept(0.95);
        List<Row> rows = new ArrayList<>();
        boolean synthetic = false;
        for (ScoreTable table : List.of(okrugs, parents)) {
            for (String code : table.units()) {
                Optional<RankLevel> level = hierarchy.level(code);
                if (level.isPresent()) {
                    UnitScore score = table.unit(code);
                    synthetic |= score.synthetic();
                    rows.add(new Row(hierarchy.unit(code).orElseThrow(), level.get(), score.total().score(),
                            score.band(), score.total().coverage(), score.total().rank(), intervals.get(code)));
                }
            }
        }
        return Optional.of(new ReadinessResults(methodology, okrugs, parents, rows, synthetic, hierarchy.regions()));
    }

    /**
     * The returns the okrugs submitted for the year where any did (okrugs without one stay
     * unscored, as in the readiness reports); when none did, the synthetic demonstration values
     * if the user chose them (every view then labels them), else nothing.
     */
    private static List<IndicatorValue> values(ReadinessEngine engine, Methodology methodology, List<String> codes,
            Optional<SubmittedValues> submitted, boolean demo) {
        Set<String> okrugs = new HashSet<>(codes);
        List<IndicatorValue> returned = submitted.map(s -> s.values(PERIOD, null)).orElse(List.of()).stream()
                .filter(v -> okrugs.contains(v.unit())).toList();
        if (!returned.isEmpty()) {
            return returned;
        }
        return demo ? engine.synthetic(methodology, codes, PERIOD, SEED) : List.of();
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("scoring was cancelled");
        }
    }

    Optional<Row> row(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The region under the names the registry gives it now: the platform's table of regions is
     * fixed at build time, the registry is what an editor renames. The English name follows the
     * registry's Latin spelling only once the official names have changed.
     */
    Region current(Region region) {
        Unit unit = byCode.containsKey(region.code()) ? byCode.get(region.code()).unit() : null;
        if (unit == null || unit.nameKk().equals(region.nameKk()) && unit.nameRu().equals(region.nameRu())) {
            return region;
        }
        return new Region(region.code(), unit.nameKk(), unit.nameRu(),
                unit.nameLatin() != null ? unit.nameLatin() : unit.nameRu());
    }

    /** The table that holds a row's scores and explanations. */
    ScoreTable table(Row row) {
        return row.level() == RankLevel.OKRUG ? okrugs : parents;
    }

    /** The number of scored units at a level: the denominator of "rank r of n". */
    int scoredAt(RankLevel level) {
        return counts.getOrDefault(level, 0);
    }
}
