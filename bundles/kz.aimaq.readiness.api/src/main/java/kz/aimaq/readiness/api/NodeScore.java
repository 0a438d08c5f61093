package kz.aimaq.readiness.api;

/**
 * A unit's score at one node.
 *
 * @param node       the node id
 * @param score      on [0, scale]; NaN when not {@code sufficient}
 * @param coverage   the share (0–1) of the node's children that are scored (1 or 0 for an
 *                   indicator: present or not)
 * @param sufficient false means "insufficient data": coverage is below the node's minimum
 * @param rank       competition rank ("1, 2, 2, 4") among the units scored at this node, best
 *                   first; 0 when not sufficient
 */
public record NodeScore(String node, double score, double coverage, boolean sufficient, int rank) {
}
