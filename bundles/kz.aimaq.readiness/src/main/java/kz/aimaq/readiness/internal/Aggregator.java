package kz.aimaq.readiness.internal;

import java.util.Arrays;

/**
 * Combines indicator scores up the tree for one unit, and decomposes the result into
 * per-indicator contributions. Works on flat arrays; one instance per thread (it owns buffers).
 *
 * <p>Decomposition: a node's points lost against a perfect score are shared among its scored
 * children in proportion to {@code w·(scale − s)} (arithmetic) or {@code w·(ln scale − ln s)}
 * (geometric); both shares sum exactly to the node's loss, so an indicator's contribution
 * {@code W·scale − lost} sums to the index over all indicators.
 */
final class Aggregator {

    /** Coverage shares such as 2/3 must pass a threshold written as 0.6667 in a file. */
    private static final double COVERAGE_TOLERANCE = 1e-4;

    private final CompiledTree tree;
    private final double[] node;
    private final double[] effective;
    private final double[] loss;
    /** Each child's local loss within the group being shared out. */
    private final double[] shares;

    Aggregator(CompiledTree tree) {
        this.tree = tree;
        int n = tree.indicatorCount() + tree.groupCount();
        node = new double[n];
        effective = new double[n];
        loss = new double[n];
        shares = new double[Arrays.stream(tree.children).mapToInt(kids -> kids.length).max().orElse(0)];
    }

    /**
     * Scores unit {@code u} at every group.
     *
     * @param scores    indicator scores, units × indicators (NaN = missing)
     * @param groups    out: group scores, units × groups (NaN = insufficient data)
     */
    void score(int u, double[] scores, double[] groups) {
        int q = tree.indicatorCount();
        int g = tree.groupCount();
        System.arraycopy(scores, u * q, node, 0, q);
        for (int k = 0; k < g; k++) {
            node[q + k] = group(k, tree.weights[k], tree.geometric[k]);
            groups[u * g + k] = node[q + k];
        }
    }

    /**
     * Decomposes the index of unit {@code u}, already scored by {@link #score}.
     *
     * @param weight  out: effective indicator weights, one per indicator
     * @param contrib out: contributions
     * @param lost    out: points lost
     */
    void explain(int u, double[] scores, double[] groups, double[] weight, double[] contrib, double[] lost) {
        int q = tree.indicatorCount();
        int g = tree.groupCount();
        System.arraycopy(scores, u * q, node, 0, q);
        System.arraycopy(groups, u * g, node, q, g);
        Arrays.fill(effective, 0);
        Arrays.fill(loss, 0);
        int root = q + tree.root();
        if (!Double.isNaN(node[root])) {
            effective[root] = 1;
            loss[root] = tree.scale - node[root];
            for (int k = g - 1; k >= 0; k--) {
                share(k, q + k);
            }
        }
        for (int i = 0; i < q; i++) {
            weight[i] = effective[i];
            contrib[i] = effective[i] * tree.scale - loss[i];
            lost[i] = loss[i];
        }
    }

    /**
     * The index of one unit under alternative weights and aggregation (no decomposition).
     */
    double index(double[] scores, int offset, double[][] weights, boolean[] geometric) {
        int q = tree.indicatorCount();
        System.arraycopy(scores, offset, node, 0, q);
        for (int k = 0; k < tree.groupCount(); k++) {
            node[q + k] = group(k, weights[k], geometric[k]);
        }
        return node[q + tree.root()];
    }

    private double group(int k, double[] w, boolean geometric) {
        double[] values = node;
        int[] kids = tree.children[k];
        int present = 0;
        double sumWeights = 0;
        double sum = 0;
        for (int c = 0; c < kids.length; c++) {
            double s = values[kids[c]];
            if (!Double.isNaN(s)) {
                present++;
                sumWeights += w[c];
                if (!geometric) {
                    sum += w[c] * s;
                } else {
                    sum += w[c] * Math.log(Math.max(s, tree.floor));
                }
            }
        }
        if (present == 0 || (double) present / kids.length < tree.minCoverage[k] - COVERAGE_TOLERANCE
                || !(sumWeights > 0)) {
            return Double.NaN;
        }
        return geometric ? Math.exp(sum / sumWeights) : sum / sumWeights;
    }

    private void share(int k, int self) {
        if (effective[self] == 0 || Double.isNaN(node[self])) {
            return;
        }
        int[] kids = tree.children[k];
        double[] w = tree.weights[k];
        boolean geometric = tree.geometric[k];
        double sumWeights = 0;
        for (int c = 0; c < kids.length; c++) {
            sumWeights += Double.isNaN(node[kids[c]]) ? 0 : w[c];
        }
        double total = 0;
        for (int c = 0; c < kids.length; c++) {
            shares[c] = localLoss(kids[c], w[c] / sumWeights, geometric);
            total += shares[c];
        }
        for (int c = 0; c < kids.length; c++) {
            int kid = kids[c];
            if (!Double.isNaN(node[kid])) {
                effective[kid] = effective[self] * w[c] / sumWeights;
                loss[kid] = total == 0 ? 0 : loss[self] * shares[c] / total;
            }
        }
    }

    private double localLoss(int kid, double w, boolean geometric) {
        double s = node[kid];
        if (Double.isNaN(s)) {
            return 0;
        }
        return geometric ? w * (Math.log(tree.scale) - Math.log(Math.max(s, tree.floor))) : w * (tree.scale - s);
    }
}
