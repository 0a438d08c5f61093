package kz.aimaq.readiness.ui.internal;

import java.util.Locale;

import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.RankInterval;
import kz.aimaq.registry.api.Unit;

/**
 * One line of the ranking: a scored unit at its level.
 *
 * @param unit     the registry unit
 * @param level    the level it is ranked at
 * @param score    its index, NaN when data are insufficient
 * @param band     its band, or null
 * @param coverage share of the pillars scored
 * @param rank     rank among the units of its level, 0 when insufficient
 * @param interval 5–95 % rank interval from the Monte Carlo, or null when not scored
 */
record Row(Unit unit, RankLevel level, double score, Band band, double coverage, int rank, RankInterval interval) {

    String code() {
        return unit.code();
    }

    /** The name in the user's language; Russian where the registry has no Latin form. */
    String name(Locale locale) {
        return name(unit, locale);
    }

    /** A unit's name in the user's language; Russian where the registry has no Latin form. */
    static String name(Unit unit, Locale locale) {
        String name = unit.name(locale);
        return name != null ? name : unit.nameRu();
    }

    boolean scored() {
        return !Double.isNaN(score);
    }
}
