package kz.aimaq.registry.api;

import java.util.Objects;

/**
 * A unit found by search.
 *
 * @param unit   the current unit
 * @param former the earlier version whose name or code matched (its code may be another one, even one
 *               reused by a different unit today), or {@code null} where the current unit itself matched
 * @since 1.2
 */
public record SearchHit(Unit unit, Unit former) {

    public SearchHit {
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether the unit was found by a former name or code only. */
    public boolean byFormer() {
        return former != null;
    }
}
