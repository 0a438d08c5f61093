package kz.aimaq.reporting.internal;

import java.util.Optional;

import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.reporting.api.ReportStrings;

/**
 * Who may see which unit's reports, in one place: users whose scope is the nation (the ministry,
 * the statistics office, national administrators) see the nation and every unit, everyone else
 * their own region and what lies in it.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static boolean national(UserContext user) {
        return user.scope().level() == Scope.Level.NATION;
    }

    /** The unit a report is about when none is given: the nation or the user's region. */
    public static String defaultUnit(UserContext user) {
        return national(user) ? null : user.region().code();
    }

    /** Why the user may not see the unit's reports ({@code null}: the nation), or empty when they may. */
    public static Optional<String> refusal(UserContext user, String unit) {
        ReportStrings messages = ReportStrings.load(ReportAccess.class, "reporting", user.locale());
        if (national(user)) {
            return Optional.empty();
        }
        if (unit == null) {
            return Optional.of(messages.get("access.nation", user.region().name(user.locale())));
        }
        if (!user.region().contains(unit)) {
            return Optional.of(messages.get("access.outside", unit, user.region().name(user.locale())));
        }
        return Optional.empty();
    }
}
