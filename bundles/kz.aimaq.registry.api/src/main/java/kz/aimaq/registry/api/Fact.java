package kz.aimaq.registry.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated fact about a unit that other modules read, e.g. its population on 1 January 2023.
 *
 * @param code        the unit's KATO code
 * @param key         what is measured, e.g. {@link #POPULATION_TOTAL}
 * @param periodStart first day the value describes
 * @param periodEnd   last day the value describes (equal to the start for a point in time)
 * @param value       the value as published (numbers in plain decimal notation)
 * @param source      where it comes from, citable
 */
public record Fact(String code, String key, LocalDate periodStart, LocalDate periodEnd, String value,
        String source) {

    /** People living in the unit. */
    public static final String POPULATION_TOTAL = "population.total";
    public static final String POPULATION_MALE = "population.male";
    public static final String POPULATION_FEMALE = "population.female";
    public static final String POPULATION_URBAN = "population.urban";
    public static final String POPULATION_RURAL = "population.rural";

    public Fact {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
