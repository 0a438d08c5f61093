package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.aimaq.readiness.api.Aggregation;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;

/**
 * A methodology flattened into arrays for tight loops: node q &lt; Q is indicator q, node Q + g
 * is group g; groups are in post-order (children before parents), so the root is the last.
 */
final class CompiledTree {

    /** Coverage shares such as 2/3 must pass a threshold written as 0.6667 in a file. */
    static final double COVERAGE_TOLERANCE = 1e-4;

    final Methodology methodology;
    final Indicator[] indicators;
    final Group[] groups;
    final int[][] children;
    final double[][] weights;
    final boolean[] geometric;
    final double[] minCoverage;
    final double scale;
    final double floor;
    // The edges flattened for the per-unit loops: group k's children are edges [first[k], first[k + 1]).
    final int[] first;
    final int[] kid;
    final double[] w;
    /**
     * For a group with every child scored, the sum of weights is the same for every unit: the
     * weight shares, and the effective weights below a path of such groups, are divided once
     * here, by the expressions the per-unit code uses, in the same order, so they are the same
     * doubles.
     */
    final double[] fullShare;
    final double[] fullEffective;
    /** The fewest scored children that pass each group's coverage rule. */
    final int[] minPresent;
    /** Arithmetic groups under arithmetic groups only: each child loses {@code W·(scale − s)}. */
    final boolean[] proportional;
    final boolean allProportional;
    private final Map<String, Integer> nodeIndex = new HashMap<>();

    CompiledTree(Methodology methodology) {
        this.methodology = methodology;
        List<Indicator> leafs = methodology.indicators();
        List<Group> post = new ArrayList<>();
        postOrder(methodology.root(), post);
        indicators = leafs.toArray(Indicator[]::new);
        groups = post.toArray(Group[]::new);
        for (int q = 0; q < indicators.length; q++) {
            nodeIndex.put(indicators[q].id(), q);
        }
        for (int g = 0; g < groups.length; g++) {
            nodeIndex.put(groups[g].id(), indicators.length + g);
        }
        children = new int[groups.length][];
        weights = new double[groups.length][];
        geometric = new boolean[groups.length];
        minCoverage = new double[groups.length];
        for (int g = 0; g < groups.length; g++) {
            List<Node> kids = groups[g].children();
            children[g] = kids.stream().mapToInt(k -> nodeIndex.get(k.id())).toArray();
            weights[g] = kids.stream().mapToDouble(Node::weight).toArray();
            geometric[g] = groups[g].aggregation() == Aggregation.GEOMETRIC;
            minCoverage[g] = groups[g].minCoverage();
        }
        scale = methodology.scale();
        floor = methodology.geometricFloor();
        int g = groups.length;
        int q = indicators.length;
        first = new int[g + 1];
        for (int k = 0; k < g; k++) {
            first[k + 1] = first[k] + children[k].length;
        }
        kid = new int[first[g]];
        w = new double[first[g]];
        for (int k = 0; k < g; k++) {
            System.arraycopy(children[k], 0, kid, first[k], children[k].length);
            System.arraycopy(weights[k], 0, w, first[k], weights[k].length);
        }
        fullShare = new double[first[g]];
        fullEffective = new double[q + g];
        minPresent = new int[g];
        proportional = new boolean[g];
        boolean all = true;
        fullEffective[q + g - 1] = 1;
        // root first: a group's own full effective weight and proportionality are set by its parent
        for (int k = g - 1; k >= 0; k--) {
            double sum = 0;
            for (int e = first[k]; e < first[k + 1]; e++) {
                sum += w[e];
            }
            int count = first[k + 1] - first[k];
            int p = 0;
            while (p <= count && (double) p / count < minCoverage[k] - COVERAGE_TOLERANCE) {
                p++;
            }
            minPresent[k] = Math.max(1, p);
            proportional[k] = k == g - 1 ? !geometric[k] : proportional[k] && !geometric[k];
            all &= proportional[k];
            for (int e = first[k]; e < first[k + 1]; e++) {
                fullShare[e] = w[e] / sum;
                fullEffective[kid[e]] = fullEffective[q + k] * w[e] / sum;
                if (kid[e] >= q) {
                    proportional[kid[e] - q] = proportional[k];
                }
            }
        }
        allProportional = all;
    }

    int indicatorCount() {
        return indicators.length;
    }

    int groupCount() {
        return groups.length;
    }

    int root() {
        return groups.length - 1;
    }

    /** The node number of an id, or −1. */
    int node(String id) {
        return nodeIndex.getOrDefault(id, -1);
    }

    private static void postOrder(Node node, List<Group> out) {
        if (node instanceof Group group) {
            group.children().forEach(c -> postOrder(c, out));
            out.add(group);
        }
    }
}
