package kz.aimaq.readiness.api;

import java.util.List;

/**
 * A pillar, dimension or any inner node.
 *
 * @param id          unique id
 * @param name        display name
 * @param weight      weight among its siblings
 * @param aggregation how children are combined
 * @param minCoverage the least share (0–1) of children that must be scored for this node to be
 *                    scored; weights are renormalised over the scored children
 * @param children    at least one
 */
public record Group(String id, LocalisedText name, double weight, Aggregation aggregation,
        double minCoverage, List<Node> children) implements Node {

    public Group {
        children = List.copyOf(children);
    }
}
