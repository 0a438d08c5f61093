package kz.aimaq.readiness.internal.io;

import kz.aimaq.readiness.api.Direction;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.Transform;
import kz.aimaq.readiness.internal.io.MethodologyReader.IndicatorDraft;

/** The rules an indicator's own settings must satisfy, independent of the tree. */
final class IndicatorChecks {

    private IndicatorChecks() {
    }

    static void check(IndicatorDraft d, JsonObject json) {
        Normalisation n = d.normalisation();
        if (d.transform().kind() == Transform.Kind.CAP && !Double.isFinite(d.transform().cap())) {
            json.report("transform", "json.capValue");
        }
        if (n.method() == Normalisation.Method.NONE && d.direction() == Direction.LOWER_IS_BETTER) {
            json.report("normalisation", "json.noneLower");
        }
        if (n.method() != Normalisation.Method.GOALPOSTS) {
            return;
        }
        double lower = n.lower();
        double upper = n.upper();
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            return;
        }
        if (lower == upper) {
            json.report("normalisation", "json.goalpostsEqual", lower);
            return;
        }
        if (d.direction() == Direction.HIGHER_IS_BETTER && lower > upper) {
            json.report("normalisation", "json.goalpostsHigher", lower, upper);
        }
        if (d.direction() == Direction.LOWER_IS_BETTER && lower < upper) {
            json.report("normalisation", "json.goalpostsLower", lower, upper);
        }
        if (d.transform().kind() == Transform.Kind.LOG && (lower <= 0 || upper <= 0)) {
            json.report("normalisation", "json.logGoalposts", lower, upper);
        }
        if (d.transform().kind() == Transform.Kind.CAP
                && (Math.min(lower, upper) >= d.transform().cap())) {
            json.report("normalisation", "json.capGoalposts", d.transform().cap());
        }
    }
}
