package kz.aimaq.readiness.internal.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.internal.io.MethodologyReader.ChildRef;
import kz.aimaq.readiness.internal.io.MethodologyReader.GroupDraft;
import kz.aimaq.readiness.internal.io.MethodologyReader.IndicatorDraft;

/**
 * Resolves the groups' child references into a tree and refuses what would make scores
 * meaningless: unknown or repeated references, cycles, unreachable nodes, negative weights
 * and weights that do not sum to 1.
 */
final class MethodologyLinker {

    /**
     * Weights written with a few decimals still sum to 1: a third as 0.3333 (three of them 0.9999)
     * or as 0.333; they are then renormalised to sum to exactly 1.
     */
    static final double WEIGHT_TOLERANCE = 1e-3 + 1e-9;

    private final JsonObject.Context context;
    private final Map<String, GroupDraft> groups = new HashMap<>();
    private final Map<String, IndicatorDraft> indicators = new HashMap<>();
    private final Map<String, String> declaredAt = new HashMap<>();
    private final Map<String, String> referencedAt = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> visited = new HashSet<>();

    MethodologyLinker(JsonObject.Context context) {
        this.context = context;
    }

    /** The root group, or null when a problem was reported. */
    Group link(String root, String rootPointer, List<GroupDraft> groupDrafts, List<IndicatorDraft> indicatorDrafts) {
        for (GroupDraft g : groupDrafts) {
            if (declare(g.id(), g.pointer())) {
                groups.put(g.id(), g);
            }
        }
        for (IndicatorDraft i : indicatorDrafts) {
            if (declare(i.id(), i.pointer())) {
                indicators.put(i.id(), i);
            }
        }
        if (root == null) {
            return null;
        }
        if (!groups.containsKey(root)) {
            context.report(rootPointer, indicators.containsKey(root) ? "json.rootGroup" : "json.unknownRef", root);
            return null;
        }
        Node linked = node(root, 1.0);
        for (GroupDraft g : groupDrafts) {
            reportUnreachable(g.id(), g.pointer());
        }
        for (IndicatorDraft i : indicatorDrafts) {
            reportUnreachable(i.id(), i.pointer());
        }
        return linked instanceof Group group ? group : null;
    }

    private boolean declare(String id, String pointer) {
        if (id == null) {
            return false;
        }
        String earlier = declaredAt.putIfAbsent(id, pointer);
        if (earlier != null) {
            context.report(pointer + "/id", "json.duplicateId", id, JsonObject.path(earlier));
            return false;
        }
        return true;
    }

    private void reportUnreachable(String id, String pointer) {
        if (id != null && pointer.equals(declaredAt.get(id)) && !visited.contains(id)) {
            context.report(pointer, "json.unreachable", id);
        }
    }

    private Node node(String id, double weight) {
        visited.add(id);
        IndicatorDraft indicator = indicators.get(id);
        if (indicator != null) {
            return new Indicator(id, indicator.name(), weight, indicator.unit(), indicator.direction(),
                    indicator.transform(), indicator.normalisation(), indicator.imputation(), indicator.ratio());
        }
        GroupDraft group = groups.get(id);
        stack.push(id);
        List<Node> children = new ArrayList<>();
        double sum = 0;
        boolean weightsValid = true;
        if (group.children().isEmpty()) {
            context.report(group.pointer() + "/children", "json.noChildren");
        }
        for (ChildRef child : group.children()) {
            if (child.weight() < 0) {
                context.report(child.pointer() + "/weight", "json.negativeWeight", child.weight());
                weightsValid = false;
            } else if (Double.isNaN(child.weight())) {
                weightsValid = false;
            }
            sum += child.weight();
            Node linked = child(child);
            if (linked != null) {
                children.add(linked);
            }
        }
        if (weightsValid && !group.children().isEmpty() && Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            context.report(group.pointer() + "/children", "json.weightSum",
                    new java.math.BigDecimal(sum).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString());
        }
        stack.pop();
        double total = sum;
        List<Node> normalised = children.stream().map(c -> reweigh(c, c.weight() / total)).collect(Collectors.toList());
        return new Group(id, group.name(), weight, group.aggregation(), group.minCoverage(), normalised);
    }

    private Node child(ChildRef child) {
        String ref = child.ref();
        if (ref == null) {
            return null;
        }
        String refPointer = child.pointer() + "/ref";
        if (!declaredAt.containsKey(ref)) {
            context.report(refPointer, "json.unknownRef", ref);
            return null;
        }
        if (stack.contains(ref)) {
            List<String> cycle = new ArrayList<>(stack);
            java.util.Collections.reverse(cycle);
            cycle = cycle.subList(cycle.indexOf(ref), cycle.size());
            context.report(refPointer, "json.cycle", ref, String.join(" → ", cycle) + " → " + ref);
            return null;
        }
        String earlier = referencedAt.putIfAbsent(ref, refPointer);
        if (earlier != null) {
            context.report(refPointer, "json.refTwice", ref, JsonObject.path(earlier));
            return null;
        }
        return node(ref, child.weight());
    }

    /** The same node with its weight renormalised so that siblings sum to exactly 1. */
    private static Node reweigh(Node node, double weight) {
        if (node instanceof Indicator i) {
            return new Indicator(i.id(), i.name(), weight, i.unit(), i.direction(), i.transform(),
                    i.normalisation(), i.imputation(), i.ratio());
        }
        Group g = (Group) node;
        return new Group(g.id(), g.name(), weight, g.aggregation(), g.minCoverage(), g.children());
    }
}
