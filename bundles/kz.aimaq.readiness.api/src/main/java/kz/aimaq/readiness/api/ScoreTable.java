package kz.aimaq.readiness.api;

import java.util.List;

/**
 * The scores of a set of units under one methodology and period, at every node, with ranks,
 * explanations and comparisons. Immutable and safe to share between threads.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ScoreTable {

    Methodology methodology();

    /** The scored period. */
    String period();

    /** The units, in the order they first appear in the data. */
    List<String> units();

    /** The unit's index; throws {@link IllegalArgumentException} for a unit not in the table. */
    UnitScore unit(String unit);

    /** The unit's score at any node (group or indicator) of the methodology. */
    NodeScore node(String unit, String nodeId);

    /** Contributions, the weakest indicators, imputations and data vintage. */
    Explanation explain(String unit);

    /** A against B, indicator by indicator. */
    Comparison compare(String unitA, String unitB);
}
