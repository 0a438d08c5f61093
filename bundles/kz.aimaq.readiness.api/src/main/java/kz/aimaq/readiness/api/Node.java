package kz.aimaq.readiness.api;

/**
 * A node of a methodology tree: a {@link Group} of weighted children or a leaf
 * {@link Indicator}.
 */
public sealed interface Node permits Group, Indicator {

    /** The identifier, unique within the methodology. */
    String id();

    LocalisedText name();

    /** The weight among its siblings; siblings' weights sum to 1 (the root's is 1). */
    double weight();
}
