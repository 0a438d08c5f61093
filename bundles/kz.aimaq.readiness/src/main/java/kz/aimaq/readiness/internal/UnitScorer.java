package kz.aimaq.readiness.internal;

import kz.aimaq.readiness.api.Imputation;

/**
 * Scores and explains a range of units into a {@link ScoredUnits}: each row is normalised,
 * aggregated bottom-up and decomposed top-down while it is in the cache, with no allocation
 * per unit. One instance per thread: it owns its buffers.
 *
 * <p>Decomposition: a node's points lost against a perfect score are shared among its scored
 * children in proportion to {@code w·(scale − s)} (arithmetic) or {@code w·(ln scale − ln s)}
 * (geometric); both shares sum to the node's loss, so an indicator's contribution
 * {@code W·scale − lost} sums to the index over all indicators. Under arithmetic groups only,
 * the share of a child is {@code W·(scale − s)} itself, with no division.
 */
final class UnitScorer {

    /** Below every weakest-indicator key of a weighted indicator. */
    private static final long NONE = Long.MIN_VALUE >> 1;

    private final CompiledTree tree;
    private final DataMatrix data;
    private final Normaliser[] normalisers;
    private final ScoredUnits out;
    private final int q;
    private final int g;
    private final double scale;
    private final double logScale;
    // per-unit buffers, every node: q indicators, then g groups
    private final boolean[] complete;
    private final double[] node;
    private final double[] sumWeights;
    private final double[] logs;
    private final double[] effective;
    private final double[] loss;
    private final double[] shares;
    private final long[] keys;
    private final int[] slots = new int[ScoredUnits.WEAKEST];
    /** The low bits of a weakest-indicator key, which hold the indicator number reversed. */
    private final int indexMask;

    /** @param normalisers to normalise the raw values, or null when the scores are filled in */
    UnitScorer(DataMatrix data, Normaliser[] normalisers, ScoredUnits out) {
        this.tree = data.tree;
        this.data = data;
        this.normalisers = normalisers;
        this.out = out;
        q = tree.indicatorCount();
        g = tree.groupCount();
        scale = tree.scale;
        logScale = Math.log(scale);
        complete = new boolean[g];
        node = new double[q + g];
        sumWeights = new double[g];
        logs = new double[tree.kid.length];
        effective = new double[q + g];
        loss = new double[q + g];
        shares = new double[tree.kid.length];
        keys = new long[q];
        indexMask = (Integer.highestOneBit(Math.max(q, 1)) << 1) - 1;
    }

    /** Units [from, to); from is the first unit of a block. */
    void score(int from, int to) {
        for (int b = from >> ScoredUnits.BLOCK_SHIFT; b << ScoredUnits.BLOCK_SHIFT < to; b++) {
            out.explained[b] = new double[Math.min(ScoredUnits.BLOCK, to - (b << ScoredUnits.BLOCK_SHIFT)) * q * 3];
        }
        double[] raw = data.raw;
        double[] scores = out.scores;
        for (int u = from; u < to; u++) {
            int cell = u * q;
            if (normalisers != null) {
                for (int i = 0; i < q; i++) {
                    scores[cell + i] = normalisers[i].score(raw[cell + i]);
                }
            }
            unit(u);
        }
    }

    private void unit(int u) {
        System.arraycopy(out.scores, u * q, node, 0, q);
        boolean full = tree.allProportional;
        for (int k = 0; k < g; k++) {
            double score = group(k);
            node[q + k] = score;
            out.groups[u * g + k] = score;
            full &= complete[k] && score == score;
        }
        if (!full) {
            decompose();
        }
        indicators(u, full);
    }

    /**
     * Writes each indicator's weight, contribution and points lost, and finds the unit's
     * weakest indicators, imputed count and vintage from the same values. The weakest are
     * most points lost, then lowest score, then methodology order; whether an indicator is
     * among them so far is unpredictable, so the four largest keys are kept by
     * compare-exchanges in integer arithmetic, without branches. A key is the points lost as
     * an ordered long with the indicator number in its lowest bits; where keys tie but for
     * those bits, the exact comparison checks their order (see {@link #settled}).
     */
    private void indicators(int u, boolean full) {
        double[] explained = out.explained[u >> ScoredUnits.BLOCK_SHIFT];
        Imputation[] imputation = data.imputation;
        int[] vintage = data.vintage;
        int cell = u * q;
        int row = (u & ScoredUnits.BLOCK - 1) * q * 3;
        int count = 0;
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = 0, at = row; i < q; i++, at += 3) {
            // every value scored, every group arithmetic: the weights are the tree's own
            double score = node[i];
            double eff = full ? tree.fullEffective[i] : effective[i];
            double points = full ? eff * (scale - score) : loss[i];
            explained[at] = eff;
            explained[at + 1] = eff * scale - points;
            explained[at + 2] = points;
            keys[i] = eff > 0 ? ordered(points) & ~indexMask | indexMask - i : NONE;
            count += imputation[cell + i] != Imputation.NONE ? 1 : 0;
            int v = vintage[cell + i];
            if (v >= 0 && score == score) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        out.imputed[u] = count;
        out.oldest[u] = hi < 0 ? -1 : lo;
        out.newest[u] = hi;
        // a loop of its own, so that the four keys stay in registers
        long t0 = NONE;
        long t1 = NONE;
        long t2 = NONE;
        long t3 = NONE;
        for (int i = 0; i < q; i++) {
            long k = keys[i];
            // keys lie in [−2^62, 2^62): a difference never overflows, its sign is the comparison
            long x = (t0 - k) >> 63 & (t0 ^ k);
            t0 ^= x;
            k ^= x;
            x = (t1 - k) >> 63 & (t1 ^ k);
            t1 ^= x;
            k ^= x;
            x = (t2 - k) >> 63 & (t2 ^ k);
            t2 ^= x;
            k ^= x;
            t3 ^= (t3 - k) >> 63 & (t3 ^ k);
        }
        // the weakest three (ScoredUnits.WEAKEST) are t0, t1, t2
        int w = u * ScoredUnits.WEAKEST;
        if (settled(explained, row, t0, t1) && settled(explained, row, t1, t2) && settled(explained, row, t2, t3)
                && alone(explained, row, t2, t3)) {
            out.weakest[w] = slot(t0);
            out.weakest[w + 1] = slot(t1);
            out.weakest[w + 2] = slot(t2);
        } else {
            exactWeakest(explained, row, w);
        }
    }

    private double group(int k) {
        boolean geometric = tree.geometric[k];
        int from = tree.first[k];
        int to = tree.first[k + 1];
        int present = 0;
        double sw = 0;
        double sum = 0;
        for (int e = from; e < to; e++) {
            double s = node[tree.kid[e]];
            if (s == s) {
                present++;
                sw += tree.w[e];
                if (!geometric) {
                    sum += tree.w[e] * s;
                } else {
                    double log = Math.log(Math.max(s, tree.floor));
                    logs[e] = log;
                    sum += tree.w[e] * log;
                }
            }
        }
        sumWeights[k] = sw;
        complete[k] = present == to - from;
        if (present < tree.minPresent[k] || !(sw > 0)) {
            return Double.NaN;
        }
        return geometric ? Math.exp(sum / sw) : sum / sw;
    }

    /**
     * Shares each group's loss among its children, root first; every node but the root is a
     * child of exactly one group, so each is written once and no buffer needs clearing.
     */
    private void decompose() {
        int root = q + g - 1;
        boolean scored = node[root] == node[root];
        effective[root] = scored ? 1 : 0;
        loss[root] = scored ? scale - node[root] : 0;
        for (int k = g - 1; k >= 0; k--) {
            int self = q + k;
            double eff = effective[self];
            if (eff == 0 || node[self] != node[self]) {
                for (int e = tree.first[k]; e < tree.first[k + 1]; e++) {
                    effective[tree.kid[e]] = 0;
                    loss[tree.kid[e]] = 0;
                }
            } else if (tree.proportional[k]) {
                double sw = sumWeights[k];
                boolean fullPath = complete[k] && eff == tree.fullEffective[self];
                for (int e = tree.first[k]; e < tree.first[k + 1]; e++) {
                    int child = tree.kid[e];
                    double s = node[child];
                    double childEff = s != s ? 0 : fullPath ? tree.fullEffective[child] : eff * tree.w[e] / sw;
                    effective[child] = childEff;
                    loss[child] = s != s ? 0 : childEff * (scale - s);
                }
            } else {
                share(k, eff);
            }
        }
    }

    /** A group at or under a geometric one shares its loss in proportion to its children's local losses. */
    private void share(int k, double eff) {
        boolean geometric = tree.geometric[k];
        double sw = sumWeights[k];
        boolean full = complete[k];
        double total = 0;
        for (int e = tree.first[k]; e < tree.first[k + 1]; e++) {
            double s = node[tree.kid[e]];
            double share = 0;
            if (s == s) {
                double local = full ? tree.fullShare[e] : tree.w[e] / sw;
                share = geometric ? local * (logScale - logs[e]) : local * (scale - s);
            }
            shares[e] = share;
            total += share;
        }
        double selfLoss = loss[q + k];
        boolean fullPath = full && eff == tree.fullEffective[q + k];
        for (int e = tree.first[k]; e < tree.first[k + 1]; e++) {
            int child = tree.kid[e];
            boolean present = node[child] == node[child];
            effective[child] = !present ? 0 : fullPath ? tree.fullEffective[child] : eff * tree.w[e] / sw;
            loss[child] = !present || total == 0 ? 0 : selfLoss * shares[e] / total;
        }
    }

    /** A long in [−2^62, 2^62) that orders non-NaN doubles as {@link Double#compare} does. */
    private static long ordered(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return (bits ^ (bits >> 63 & Long.MAX_VALUE)) >> 1;
    }

    /**
     * Whether keys a ≥ b are in the exact order: their points lost differ beyond the bits the
     * indicator number took, or b is no indicator, or b does not come before a by points lost
     * and score. With no indicator outside the four tying with the third ({@link #alone}),
     * the three weakest are then settled.
     */
    private boolean settled(double[] explained, int row, long a, long b) {
        if (b == NONE || (a & ~indexMask) != (b & ~indexMask)) {
            return true;
        }
        return !before(explained, row, slot(b), slot(a));
    }

    /**
     * Whether the third weakest is settled against every indicator outside the four largest
     * keys: none ties with it but for the indicator bits, or those that do lose exactly the
     * same points with the same score, so that methodology order, which the keys keep, decides.
     */
    private boolean alone(double[] explained, int row, long t2, long t3) {
        long third = t2 & ~indexMask;
        if (t3 == NONE || (t3 & ~indexMask) != third) {
            return true;
        }
        int i2 = slot(t2);
        for (int i = 0; i < q; i++) {
            boolean tie = (keys[i] & ~indexMask) == third;
            if (tie && (Double.compare(explained[row + i * 3 + 2], explained[row + i2 * 3 + 2]) != 0
                    || Double.compare(node[i], node[i2]) != 0)) {
                return false;
            }
        }
        return true;
    }

    private int slot(long key) {
        return key == NONE ? -1 : indexMask - (int) (key & indexMask);
    }

    /** Near ties: insertion into the slots, comparing points lost and score as {@link Double#compare}. */
    private void exactWeakest(double[] explained, int row, int w) {
        int found = 0;
        for (int i = 0; i < q; i++) {
            if (explained[row + i * 3] > 0) {
                int j = found;
                while (j > 0 && before(explained, row, i, slots[j - 1])) {
                    j--;
                }
                for (int m = Math.min(found, ScoredUnits.WEAKEST - 1); m > j; m--) {
                    slots[m] = slots[m - 1];
                }
                if (j < ScoredUnits.WEAKEST) {
                    slots[j] = i;
                    found = Math.min(found + 1, ScoredUnits.WEAKEST);
                }
            }
        }
        for (int j = 0; j < ScoredUnits.WEAKEST; j++) {
            out.weakest[w + j] = j < found ? slots[j] : -1;
        }
    }

    /** Whether indicator a comes before b among the weakest of the unit in {@code node} and {@code row}. */
    private boolean before(double[] explained, int row, int a, int b) {
        int byLoss = Double.compare(explained[row + b * 3 + 2], explained[row + a * 3 + 2]);
        return byLoss < 0 || byLoss == 0 && Double.compare(node[a], node[b]) < 0;
    }
}
