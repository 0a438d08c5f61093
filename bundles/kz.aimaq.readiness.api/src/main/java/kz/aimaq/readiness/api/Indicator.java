package kz.aimaq.readiness.api;

/**
 * A leaf of the methodology: one measured series.
 *
 * @param id            unique id, as it appears in the data's indicator column
 * @param name          display name
 * @param weight        weight among its siblings
 * @param unit          the unit of measurement, e.g. {@code %} or {@code Mbit/s}
 * @param direction     whether higher or lower is better
 * @param transform     applied before normalisation
 * @param normalisation how the value becomes a score
 * @param imputation    what fills a missing value (flagged when used)
 * @param ratio         the numerator and denominator series for roll-up, or {@code null}
 */
public record Indicator(String id, LocalisedText name, double weight, String unit, Direction direction,
        Transform transform, Normalisation normalisation, Imputation imputation, Ratio ratio)
        implements Node {
}
