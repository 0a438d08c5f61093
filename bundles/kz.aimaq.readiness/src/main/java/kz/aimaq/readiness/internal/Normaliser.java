package kz.aimaq.readiness.internal;

import kz.aimaq.readiness.api.Direction;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.Transform;

/**
 * Turns one indicator's raw values into scores on [0, scale]. Data-driven methods are fitted
 * once on the observed values of the scored units and then reused, so parents in a roll-up
 * are scored on the same yardstick as their children.
 */
final class Normaliser {

    private final Indicator indicator;
    private final double scale;
    private final boolean lowerIsBetter;
    // The method and transform as primitives: score() runs once per cell of the matrix.
    private final boolean goalposts;
    private final boolean none;
    private final boolean z;
    private final boolean log;
    /** Math.min costs more than a branch that is the same for every cell of the indicator. */
    private final boolean capped;
    private final double cap;
    private double mean;
    private double sd = 1;
    private double min;
    private double max;

    private Normaliser(Indicator indicator, double scale) {
        this.indicator = indicator;
        this.scale = scale;
        this.lowerIsBetter = indicator.direction() == Direction.LOWER_IS_BETTER;
        Normalisation.Method method = indicator.normalisation().method();
        goalposts = method == Normalisation.Method.GOALPOSTS;
        none = method == Normalisation.Method.NONE;
        z = method == Normalisation.Method.Z_SCORE_MIN_MAX;
        Transform transform = indicator.transform();
        log = transform.kind() == Transform.Kind.LOG;
        capped = transform.kind() == Transform.Kind.CAP;
        cap = capped ? transform.cap() : Double.POSITIVE_INFINITY;
    }

    /**
     * Fits on {@code raw[offset + u·stride]} for the units whose {@code observed} flag is set.
     * A log of a value at or below 0 is −∞: the worst score, and left out of the fit.
     */
    static Normaliser fit(Indicator indicator, double scale, double[] raw, boolean[] observed, int offset,
            int stride, int units) {
        Normaliser n = new Normaliser(indicator, scale);
        Normalisation.Method method = indicator.normalisation().method();
        if (method == Normalisation.Method.GOALPOSTS) {
            n.min = indicator.transform().apply(indicator.normalisation().lower());
            n.max = indicator.transform().apply(indicator.normalisation().upper());
        } else if (method == Normalisation.Method.MIN_MAX || method == Normalisation.Method.Z_SCORE_MIN_MAX) {
            n.fitSample(raw, observed, offset, stride, units, method == Normalisation.Method.Z_SCORE_MIN_MAX);
        }
        return n;
    }

    private void fitSample(double[] raw, boolean[] observed, int offset, int stride, int units, boolean z) {
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < units; u++) {
            int i = offset + u * stride;
            if (observed[i]) {
                double t = indicator.transform().apply(raw[i]);
                if (Double.isFinite(t)) {
                    sum += t;
                    sumSquares += t * t;
                    count++;
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
        }
        if (z && count > 1) {
            mean = sum / count;
            sd = Math.sqrt(Math.max(0, (sumSquares - count * mean * mean) / (count - 1)));
            if (sd > 0) {
                lo = (lo - mean) / sd;
                hi = (hi - mean) / sd;
            } else {
                mean = 0;
                sd = 1;
            }
        }
        min = lo;
        max = hi;
    }

    /**
     * Whether {@link #score} is {@code scale · clamp((raw − lower) / span)}: goalposts on the
     * raw value, which a loop over many indicators can compute without calling score.
     */
    boolean linear() {
        return goalposts && !log && !capped;
    }

    /** The lower goalpost of a {@link #linear} normaliser. */
    double lower() {
        return min;
    }

    /** The span between the goalposts of a {@link #linear} normaliser, the divisor score uses. */
    double span() {
        return max - min;
    }

    /** The score of a raw value; NaN stays NaN. */
    double score(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        double t = log ? (raw > 0 ? Math.log(raw) : Double.NEGATIVE_INFINITY) : capped ? Math.min(raw, cap) : raw;
        if (none) {
            return t;
        }
        if (goalposts) {
            // goalposts carry the direction: L scores 0 and U the full scale, whichever is larger
            return scale * clamp((t - min) / (max - min));
        }
        if (z) {
            t = (t - mean) / sd;
        }
        if (t == Double.NEGATIVE_INFINITY) {
            return lowerIsBetter ? scale : 0;
        }
        if (!(max > min)) {
            // every unit has the same value: nobody is behind
            return scale;
        }
        double share = clamp((t - min) / (max - min));
        return scale * (lowerIsBetter ? 1 - share : share);
    }

    static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }
}
