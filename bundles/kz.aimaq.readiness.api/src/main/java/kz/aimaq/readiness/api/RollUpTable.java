package kz.aimaq.readiness.api;

/**
 * Scores of the ancestors of the scored units (district, region, country...). Ranks compare
 * units at the same depth of the hierarchy.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RollUpTable extends ScoreTable {

    /** How the unit's scores were obtained from its children. */
    RollUpInfo rollUp(String unit);

    /**
     * The units of the data themselves, scored as the roll-up saw them: missing values imputed
     * among siblings under the same parent.
     *
     * @since 1.1
     */
    ScoreTable base();
}
