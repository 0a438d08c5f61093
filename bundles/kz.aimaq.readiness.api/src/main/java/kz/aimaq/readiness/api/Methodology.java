package kz.aimaq.readiness.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A versioned readiness methodology: a weighted tree of groups and indicators, the score
 * scale and classification bands. Instances come validated from
 * {@link ReadinessEngine#readMethodology}: weights are non-negative and sum to 1 at every
 * group, ids are unique and goalposts are distinct.
 *
 * @param id             stable identifier, e.g. {@code egdi}
 * @param version        the methodology's own version, e.g. {@code 2024.1}
 * @param title          display title
 * @param scale          the top of the score scale (1 for the UN EGDI, 100 for goalposts)
 * @param geometricFloor the least score entering a geometric mean (keeps it above 0)
 * @param root           the top node, whose score is the index
 * @param bands          classification bands, highest first
 */
public record Methodology(String id, String version, LocalisedText title, double scale,
        double geometricFloor, Group root, List<Band> bands) {

    public Methodology {
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::from).reversed()).toList();
    }

    /** The indicators, depth first in document order. */
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        collect(root, out);
        return List.copyOf(out);
    }

    /** The groups, depth first with each parent before its children; the root comes first. */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        collectGroups(root, out);
        return List.copyOf(out);
    }

    /** The node with this id. */
    public Optional<Node> node(String nodeId) {
        return find(root, nodeId);
    }

    /** The band a score falls in, or empty if it is below every band or not a number. */
    public Optional<Band> band(double score) {
        return bands.stream().filter(b -> score >= b.from()).findFirst();
    }

    private static void collect(Node node, List<Indicator> out) {
        if (node instanceof Indicator indicator) {
            out.add(indicator);
        } else {
            ((Group) node).children().forEach(c -> collect(c, out));
        }
    }

    private static void collectGroups(Node node, List<Group> out) {
        if (node instanceof Group group) {
            out.add(group);
            group.children().forEach(c -> collectGroups(c, out));
        }
    }

    private static Optional<Node> find(Node node, String nodeId) {
        if (node.id().equals(nodeId)) {
            return Optional.of(node);
        }
        if (node instanceof Group group) {
            for (Node child : group.children()) {
                Optional<Node> found = find(child, nodeId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
