package kz.aimaq.readiness.internal;

/**
 * Scores and explains a range of units into a {@link ScoredUnits}: each row is normalised,
 * aggregated bottom-up and decomposed top-down while it is in the cache, with no allocation
 * per unit but the weights and points lost of a unit whose weights are not the tree's own.
 * One instance per thread: it owns its buffers.
 *
 * <p>Decomposition: a node's points lost against a perfect score are shared among its scored
 * children in proportion to {@code w·(scale − s)} (arithmetic) or {@code w·(ln scale − ln s)}
 * (geometric); both shares sum to the node's loss, so an indicator's contribution
 * {@code W·scale − lost} sums to the index over all indicators. Under arithmetic groups only,
 * the share of a child is {@code W·(scale − s)} itself, with no division.
 */
final class UnitScorer {

    private final CompiledTree tree;
    private final DataMatrix data;
    private final Normaliser[] normalisers;
    /** Each indicator's lower goalpost and span when every normaliser is {@link Normaliser#linear}, else null. */
    private final double[] lower;
    private final double[] span;
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
    private final WeakestThree weakest;
    /** The points lost of a unit whose weights are the tree's own. */
    private final double[] points;

    /** @param normalisers to normalise the raw values, or null when the scores are filled in */
    UnitScorer(DataMatrix data, Normaliser[] normalisers, ScoredUnits out) {
        this.tree = data.tree;
        this.data = data;
        this.normalisers = normalisers;
        this.out = out;
        q = tree.indicatorCount();
        boolean linear = normalisers != null;
        for (int i = 0; i < q && linear; i++) {
            linear = normalisers[i].linear();
        }
        lower = linear ? new double[q] : null;
        span = linear ? new double[q] : null;
        for (int i = 0; i < q && linear; i++) {
            lower[i] = normalisers[i].lower();
            span[i] = normalisers[i].span();
        }
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
        weakest = new WeakestThree(q, node);
        points = new double[q];
    }

    /** Units [from, to). */
    void score(int from, int to) {
        double[] raw = data.raw;
        double[] scores = out.scores;
        for (int u = from; u < to; u++) {
            int cell = u * q;
            if (lower != null) {
                // what Normaliser.score computes for goalposts, NaN included, without its tests per cell
                for (int i = 0; i < q; i++) {
                    double score = scale * Normaliser.clamp((raw[cell + i] - lower[i]) / span[i]);
                    node[i] = score;
                    scores[cell + i] = score;
                }
            } else if (normalisers != null) {
                for (int i = 0; i < q; i++) {
                    double score = normalisers[i].score(raw[cell + i]);
                    node[i] = score;
                    scores[cell + i] = score;
                }
            } else {
                System.arraycopy(scores, cell, node, 0, q);
            }
            unit(u);
        }
    }

    /** Unit u, its indicator scores in {@code node}. */
    private void unit(int u) {
        boolean allScored = true;
        boolean groupsScored = true;
        for (int k = 0; k < g; k++) {
            double score = group(k);
            node[q + k] = score;
            out.groups[u * g + k] = score;
            allScored &= complete[k];
            groupsScored &= score == score;
        }
        boolean full = tree.allProportional && allScored && groupsScored;
        if (!full) {
            decompose();
        }
        indicators(u, full);
        out.imputed[u] = data.imputed[u];
        if (allScored || everyDatedScored(u)) {
            // every value with a vintage is used: the vintage range prepared with the matrix
            out.oldest[u] = data.oldest[u];
            out.newest[u] = data.newest[u];
        } else {
            vintage(u);
        }
    }

    /** Whether every indicator with a vintage is scored; with more than 64 indicators, unknown (false). */
    private boolean everyDatedScored(int u) {
        if (q > Long.SIZE) {
            return false;
        }
        long scored = 0;
        for (int i = 0; i < q; i++) {
            scored |= (node[i] == node[i] ? 1L : 0L) << i;
        }
        return (data.dated[u] & ~scored) == 0;
    }

    /** The oldest and newest vintage among the unit's scored values. */
    private void vintage(int u) {
        int[] vintage = data.vintage;
        int cell = u * q;
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = 0; i < q; i++) {
            int v = vintage[cell + i];
            if (v >= 0 && node[i] == node[i]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        out.oldest[u] = hi < 0 ? -1 : lo;
        out.newest[u] = hi;
    }

    /**
     * Writes each indicator's weight and points lost where they are not derived from the
     * tree's own weights and the scores, and finds the unit's weakest indicators from them.
     */
    private void indicators(int u, boolean full) {
        double[] lost;
        int row;
        if (full) {
            // every value scored, every group arithmetic: the weights are the tree's own, and
            // the points lost W·(scale − s) are left for ScoredUnits to derive when asked
            double[] fullEffective = tree.fullEffective;
            lost = points;
            row = 0;
            for (int i = 0; i < q; i++) {
                double eff = fullEffective[i];
                double p = eff * (scale - node[i]);
                points[i] = p;
                weakest.key(i, eff, p);
            }
        } else {
            // weights, then points lost
            double[] own = new double[2 * q];
            out.own[u] = own;
            lost = own;
            row = q;
            for (int i = 0; i < q; i++) {
                double eff = effective[i];
                double p = loss[i];
                own[i] = eff;
                own[q + i] = p;
                weakest.key(i, eff, p);
            }
        }
        weakest.select(lost, row, out.weakest, u * ScoredUnits.WEAKEST);
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
}
