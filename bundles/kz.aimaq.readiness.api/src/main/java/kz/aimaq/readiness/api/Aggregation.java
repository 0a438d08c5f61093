package kz.aimaq.readiness.api;

/** How a group combines its children's scores. */
public enum Aggregation {
    /** Σ w·s: full compensation; contributions decompose exactly. */
    ARITHMETIC,
    /** Π s^w, each s floored at {@link Methodology#geometricFloor()}: a low score is punished more. */
    GEOMETRIC
}
