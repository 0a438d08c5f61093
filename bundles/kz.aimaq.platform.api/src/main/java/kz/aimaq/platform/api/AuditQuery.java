package kz.aimaq.platform.api;

import java.time.Instant;

/**
 * Which audit entries to show; a blank or {@code null} criterion matches everything.
 *
 * @param user   the user's name, exactly
 * @param action the action, or its beginning ({@code registry.} matches every registry action)
 * @param unit   a KATO code that the target mentions
 * @param from   the earliest time, inclusive
 * @param to     the latest time, exclusive
 * @param limit  at most this many of the newest matches; 0 for all
 */
public record AuditQuery(String user, String action, String unit, Instant from, Instant to, int limit) {

    /** Every entry. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, 0);

    public boolean matches(AuditEntry entry) {
        return (blank(user) || user.equals(entry.user())) && (blank(action) || entry.action().startsWith(action))
                && (blank(unit) || entry.target().contains(unit))
                && (from == null || !entry.when().isBefore(from)) && (to == null || entry.when().isBefore(to));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
