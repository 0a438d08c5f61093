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

    final Methodology methodology;
    final Indicator[] indicators;
    final Group[] groups;
    final int[][] children;
    final double[][] weights;
    final boolean[] geometric;
    final double[] minCoverage;
    final double scale;
    final double floor;
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
