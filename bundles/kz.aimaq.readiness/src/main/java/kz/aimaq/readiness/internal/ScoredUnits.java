package kz.aimaq.readiness.internal;

import java.util.stream.IntStream;

/**
 * Every unit scored and explained, into flat arrays (units × indicators or units × groups):
 * indicator scores, group scores, effective weights, contributions, points lost, the three
 * weakest indicators, the number of imputed values and the data vintage. Units are
 * independent, so blocks of them are scored in parallel by {@link UnitScorer}s; each writes
 * only its own rows.
 *
 * <p>Weights, contributions and points lost are kept in one array per block of
 * {@value #BLOCK} units, allocated (and so zeroed) by the thread that fills it, rather than
 * in megabyte arrays zeroed by the calling thread before the parallel part starts.
 */
final class ScoredUnits {

    /** How many weakest indicators an explanation names. */
    static final int WEAKEST = 3;
    /** Units per block (a power of two). */
    static final int BLOCK = 256;
    static final int BLOCK_SHIFT = 8;
    /** Blocks per parallel task: enough to keep a thread busy, few enough to balance a loaded machine. */
    private static final int TASK = 8;

    final double[] scores;
    final double[] groups;
    /** Per block of units: effective weight, contribution, points lost of each cell in turn. */
    final double[][] explained;
    private final int q;
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
        // each block is allocated, and zeroed, by the thread that fills it
        explained = new double[(n + BLOCK - 1) / BLOCK][];
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
        return explained[u >> BLOCK_SHIFT][((u & BLOCK - 1) * q + i) * 3];
    }

    double contribution(int u, int i) {
        return explained[u >> BLOCK_SHIFT][((u & BLOCK - 1) * q + i) * 3 + 1];
    }

    double lost(int u, int i) {
        return explained[u >> BLOCK_SHIFT][((u & BLOCK - 1) * q + i) * 3 + 2];
    }

    private void run(DataMatrix data, Normaliser[] normalisers) {
        int n = data.units.size();
        int span = BLOCK * TASK;
        int tasks = (n + span - 1) / span;
        if (tasks <= 1) {
            new UnitScorer(data, normalisers, this).score(0, n);
            return;
        }
        IntStream.range(0, tasks).parallel().forEach(t -> new UnitScorer(data, normalisers, this)
                .score(t * span, Math.min(n, (t + 1) * span)));
    }
}
