package kz.aimaq.readiness.api;

/**
 * One observed value.
 *
 * @param unit      the unit's code: a 9-digit KATO code, or any name when the data names its
 *                  own units (e.g. countries)
 * @param indicator the indicator id (or a ratio's numerator/denominator series id)
 * @param period    ISO-like period, e.g. {@code 2024}, {@code 2024-Q1} or {@code 2024-03};
 *                  periods of one format order as text
 * @param value     the raw value in the indicator's unit
 * @param source    where it came from; {@value #SYNTHETIC} marks generated demo data
 */
public record IndicatorValue(String unit, String indicator, String period, double value, String source) {

    /** The source label of generated demonstration values. */
    public static final String SYNTHETIC = "synthetic";

    public boolean synthetic() {
        return SYNTHETIC.equals(source);
    }
}
