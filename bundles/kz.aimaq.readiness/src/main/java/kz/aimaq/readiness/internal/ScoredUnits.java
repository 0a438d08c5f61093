package kz.aimaq.readiness.internal;

import java.util.stream.IntStream;

/**
 * Every unit scored and explained, into flat arrays (units × indicators or units × groups):
 * indicator scores, group scores, effective weights, contributions, points lost, the three
 * weakest indicators, the number of imputed values and the data vintage. Units are
 * independent, so ranges of them are scored in parallel by {@link UnitScorer}s; each writes
 * only its own rows.
 *
 * <p>Only what cannot be derived is stored. A unit with every value scored under arithmetic
 * groups has the tree's own effective weights ({@link CompiledTree#fullEffective}) and loses
 * {@code W·(scale − s)} on each indicator: both are derived when asked, by the expressions
 * that {@link UnitScorer} evaluates, so they are the same doubles; other units keep their
 * weights and points lost. A contribution is {@code weight·scale − lost} for every unit.
 */
final class ScoredUnits {

    /** How many weakest indicators an explanation names. */
    static final int WEAKEST = 3;
    /** Units per parallel task: enough to keep a thread busy, few enough to balance a loaded machine. */
    private static final int TASK = 2048;

    final double[] scores;
    final double[] groups;
    /**
     * Per unit, the effective weight of each indicator then the points lost of each, or null
     * where the weights are {@link CompiledTree#fullEffective} under arithmetic groups.
     */
    final double[][] own;
    private final int q;
    private final double scale;
    private final double[] fullEffective;
    /** Per unit, the indicator numbers of its weakest indicators, weakest first; −1 when fewer are scored. */
    final int[] weakest;
    final int[] imputed;
    /** Per unit, the oldest and newest vintage among the values used ({@link DataMatrix#vintage}), or −1. */
    final int[] oldest;
    final int[] newest;

    private ScoredUnits(CompiledTree tree, int n, double[] scores) {
        this.scores = scores;
        groups = new double[n * tree.groupCount()];
        q = tree.indicatorCount();
        scale = tree.scale;
        fullEffective = tree.fullEffective;
        own = new double[n][];
        weakest = new int[n * WEAKEST];
        imputed = new int[n];
        oldest = new int[n];
        newest = new int[n];
    }

    /** Normalises every raw value of {@code data}, then scores and explains every unit. */
    static ScoredUnits normalise(DataMatrix data, Normaliser[] normalisers) {
        int n = data.units.size();
        ScoredUnits s = new ScoredUnits(data.tree, n, new double[n * data.tree.indicatorCount()]);
        s.run(data, normalisers);
        return s;
    }

    /** Scores and explains every unit over indicator scores already known. */
    static ScoredUnits of(DataMatrix data, double[] scores) {
        ScoredUnits s = new ScoredUnits(data.tree, data.units.size(), scores);
        s.run(data, null);
        return s;
    }

    double weight(int u, int i) {
        double[] unit = own[u];
        return unit == null ? fullEffective[i] : unit[i];
    }

    double contribution(int u, int i) {
        return weight(u, i) * scale - lost(u, i);
    }

    double lost(int u, int i) {
        double[] unit = own[u];
        return unit == null ? fullEffective[i] * (scale - scores[u * q + i]) : unit[q + i];
    }

    private void run(DataMatrix data, Normaliser[] normalisers) {
        int n = data.units.size();
        int tasks = (n + TASK - 1) / TASK;
        if (tasks <= 1) {
            new UnitScorer(data, normalisers, this).score(0, n);
            return;
        }
        IntStream.range(0, tasks).parallel().forEach(t -> new UnitScorer(data, normalisers, this)
                .score(t * TASK, Math.min(n, (t + 1) * TASK)));
    }
}
