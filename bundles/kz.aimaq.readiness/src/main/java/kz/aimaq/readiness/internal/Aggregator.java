package kz.aimaq.readiness.internal;

/**
 * The index of one unit under given weights and aggregation, on flat arrays; one instance
 * per thread (it owns a buffer). Scoring a whole table, with explanations, is
 * {@link ScoredUnits}.
 */
final class Aggregator {

    private final CompiledTree tree;
    private final double[] node;

    Aggregator(CompiledTree tree) {
        this.tree = tree;
        node = new double[tree.indicatorCount() + tree.groupCount()];
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
        if (present == 0 || (double) present / kids.length < tree.minCoverage[k] - CompiledTree.COVERAGE_TOLERANCE
                || !(sumWeights > 0)) {
            return Double.NaN;
        }
        return geometric ? Math.exp(sum / sumWeights) : sum / sumWeights;
    }
}
