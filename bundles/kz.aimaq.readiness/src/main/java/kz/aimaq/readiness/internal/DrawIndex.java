package kz.aimaq.readiness.internal;

/**
 * The index of one unit under one Monte Carlo draw's weights and aggregation. Works like
 * {@link Aggregator#index} but passes a child's logarithm straight to a geometric parent, so
 * that a tree of geometric groups takes no logarithm or exponential below the root: indicator
 * logarithms are computed once for all draws. Where no geometric group has a geometric child,
 * every value is computed exactly as the aggregator does. One instance per thread.
 */
final class DrawIndex {

    private static final double COVERAGE_TOLERANCE = 1e-4;

    private final CompiledTree tree;
    private final double lnFloor;
    private final int[] parent;
    private final double[] node;
    private double[][] weights;
    private boolean[] geometric;

    DrawIndex(CompiledTree tree) {
        this.tree = tree;
        lnFloor = Math.log(tree.floor);
        int q = tree.indicatorCount();
        parent = new int[q + tree.groupCount()];
        parent[q + tree.root()] = -1;
        for (int k = 0; k < tree.groupCount(); k++) {
            for (int kid : tree.children[k]) {
                parent[kid] = k;
            }
        }
        node = new double[q + tree.groupCount()];
    }

    /** Sets the weights and aggregation of the next draw. */
    void draw(double[][] drawWeights, boolean[] drawGeometric) {
        weights = drawWeights;
        geometric = drawGeometric;
    }

    /**
     * @param scores indicator scores, units × indicators
     * @param logs   {@code ln max(score, floor)} of the same cells
     * @param offset the unit's first cell
     */
    double index(double[] scores, double[] logs, int offset) {
        int q = tree.indicatorCount();
        int groups = tree.groupCount();
        for (int k = 0; k < groups; k++) {
            node[q + k] = group(k, scores, logs, offset);
        }
        return node[q + tree.root()];
    }

    /** The group's score, as its logarithm when its parent is geometric. */
    private double group(int k, double[] scores, double[] logs, int offset) {
        int q = tree.indicatorCount();
        int[] kids = tree.children[k];
        double[] w = weights[k];
        boolean geo = geometric[k];
        int present = 0;
        double sumWeights = 0;
        double sum = 0;
        for (int c = 0; c < kids.length; c++) {
            int kid = kids[c];
            double s = kid < q ? scores[offset + kid] : node[kid];
            if (!Double.isNaN(s)) {
                present++;
                sumWeights += w[c];
                if (!geo) {
                    sum += w[c] * s;
                } else if (kid < q) {
                    sum += w[c] * logs[offset + kid];
                } else {
                    // a group child under a geometric parent already holds its logarithm
                    sum += w[c] * s;
                }
            }
        }
        if (present == 0 || (double) present / kids.length < tree.minCoverage[k] - COVERAGE_TOLERANCE
                || !(sumWeights > 0)) {
            return Double.NaN;
        }
        double mean = sum / sumWeights;
        int up = parent[q + k];
        boolean logForParent = up >= 0 && geometric[up];
        if (geo) {
            return logForParent ? Math.max(mean, lnFloor) : Math.exp(mean);
        }
        return logForParent ? Math.log(Math.max(mean, tree.floor)) : mean;
    }
}
