package kz.aimaq.readiness.api;

/**
 * How a transformed value becomes a score on [0, {@link Methodology#scale()}].
 *
 * @param method the method
 * @param lower  for {@link Method#GOALPOSTS}: the raw value that scores 0 (L); otherwise NaN
 * @param upper  for {@link Method#GOALPOSTS}: the raw value that scores the full scale (U);
 *               a lower-is-better indicator has L &gt; U
 */
public record Normalisation(Method method, double lower, double upper) {

    public static final Normalisation NONE = new Normalisation(Method.NONE, Double.NaN, Double.NaN);
    public static final Normalisation MIN_MAX = new Normalisation(Method.MIN_MAX, Double.NaN, Double.NaN);
    public static final Normalisation Z_SCORE_MIN_MAX =
            new Normalisation(Method.Z_SCORE_MIN_MAX, Double.NaN, Double.NaN);

    public enum Method {
        /** The transformed value is the score (it must already be on the scale). */
        NONE,
        /** scale·clamp((t(x) − t(L)) / (t(U) − t(L)), 0, 1): stable across units and years. */
        GOALPOSTS,
        /** (x − min)/(max − min) over the observed values of the scored units. */
        MIN_MAX,
        /** z-score over the scored units, then min-max (the UN EGDI recipe). */
        Z_SCORE_MIN_MAX
    }

    public static Normalisation goalposts(double lower, double upper) {
        return new Normalisation(Method.GOALPOSTS, lower, upper);
    }
}
