package kz.aimaq.readiness.api;

/**
 * Applied to a raw value (and to goalposts) before normalisation.
 *
 * @param kind the transform
 * @param cap  for {@link Kind#CAP}: values above it are replaced by it; otherwise unused (NaN)
 */
public record Transform(Kind kind, double cap) {

    public static final Transform NONE = new Transform(Kind.NONE, Double.NaN);
    public static final Transform LOG = new Transform(Kind.LOG, Double.NaN);

    public enum Kind {
        NONE,
        /** Natural logarithm; a value at or below 0 maps to −∞, i.e. the worst goalpost. */
        LOG,
        CAP
    }

    public static Transform cap(double cap) {
        return new Transform(Kind.CAP, cap);
    }

    /** The transformed value. */
    public double apply(double x) {
        return switch (kind) {
            case NONE -> x;
            case LOG -> x > 0 ? Math.log(x) : Double.NEGATIVE_INFINITY;
            case CAP -> Math.min(x, cap);
        };
    }
}
