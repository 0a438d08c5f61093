package kz.aimaq.readiness.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.Ratio;
import kz.aimaq.readiness.api.Transform;

/**
 * Deterministic demonstration data until real okrug data exists. A unit's readiness is a
 * latent level made of a region effect (first two KATO digits), a district effect (first
 * four) and its own; each indicator sits near that level between its goalposts, so pillars
 * correlate as real ones do. About 2 % of values are left out so that coverage rules show.
 */
final class SyntheticData {

    private static final double MISSING_SHARE = 0.02;

    private SyntheticData() {
    }

    static List<IndicatorValue> generate(Methodology methodology, Collection<String> units, String period, long seed) {
        List<Indicator> indicators = methodology.indicators();
        List<IndicatorValue> out = new ArrayList<>(units.size() * indicators.size());
        for (String unit : units) {
            double level = 0.55 + 0.15 * effect(unit.substring(0, Math.min(2, unit.length())), seed)
                    + 0.10 * effect(unit.substring(0, Math.min(4, unit.length())), seed)
                    + 0.12 * effect(unit, seed);
            SplittableRandom random = new SplittableRandom(seed * 31 + unit.hashCode() * 1_000_003L + period.hashCode());
            for (Indicator indicator : indicators) {
                double position = Math.max(0.02, Math.min(0.98, level + 0.15 * random.nextGaussian()));
                boolean missing = random.nextDouble() < MISSING_SHARE;
                int denominator = 200 + random.nextInt(2800);
                if (!missing) {
                    add(out, unit, indicator, period, position, methodology.scale(), denominator);
                }
            }
        }
        return out;
    }

    private static void add(List<IndicatorValue> out, String unit, Indicator indicator, String period,
            double position, double scale, int denominator) {
        Normalisation n = indicator.normalisation();
        double value;
        int decimals;
        if (n.method() == Normalisation.Method.GOALPOSTS) {
            Transform t = indicator.transform();
            double lo = t.apply(n.lower());
            double hi = t.apply(n.upper());
            double x = lo + position * (hi - lo);
            value = t.kind() == Transform.Kind.LOG ? Math.exp(x) : x;
            decimals = Math.abs(n.upper() - n.lower()) >= 10 ? 1 : 3;
        } else {
            value = position * scale;
            decimals = scale >= 10 ? 1 : 4;
        }
        Ratio ratio = indicator.ratio();
        if (ratio != null) {
            long numerator = Math.round(value / ratio.factor() * denominator);
            out.add(new IndicatorValue(unit, ratio.numerator(), period, numerator, IndicatorValue.SYNTHETIC));
            out.add(new IndicatorValue(unit, ratio.denominator(), period, denominator, IndicatorValue.SYNTHETIC));
            value = ratio.factor() * numerator / denominator;
        }
        out.add(new IndicatorValue(unit, indicator.id(), period, round(value, decimals), IndicatorValue.SYNTHETIC));
    }

    /** A standard normal number fixed by the key and seed. */
    private static double effect(String key, long seed) {
        return new SplittableRandom(seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L)).nextGaussian();
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
