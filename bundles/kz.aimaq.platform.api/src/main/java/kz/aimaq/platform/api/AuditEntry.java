package kz.aimaq.platform.api;

import java.time.Instant;

/**
 * One entry of the audit log: a change that was made or an attempt that was refused.
 *
 * @param sequence its place in the log, from 1 without gaps; 0 where a log does not number entries
 * @param when     when it happened
 * @param user     who did it
 * @param action   what was done, e.g. {@code module.enable}
 * @param target   what it was done to, e.g. {@code readiness@190000000} or a KATO code
 * @param before   the state before, as text
 * @param after    the state after, as text; for a refusal, why it was refused
 * @param outcome  whether it was done or refused
 * @param hash     the entry's hash, which covers the previous entry's hash (hex SHA-256); empty where a log keeps none
 */
public record AuditEntry(long sequence, Instant when, String user, String action, String target, String before,
        String after, Outcome outcome, String hash) {

    /** Whether the action was carried out or refused. */
    public enum Outcome {
        DONE, REFUSED
    }

    /** A change as version 1.x recorded it: unnumbered, done, without a hash. */
    public AuditEntry(Instant when, String user, String action, String target, String before, String after) {
        this(0, when, user, action, target, before, after, Outcome.DONE, "");
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }

    /** A 9-digit KATO code standing alone (not part of a longer number such as an IIN). */
    private static final java.util.regex.Pattern KATO = java.util.regex.Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    /**
     * Whether the entry concerns a unit inside {@code scope}: a KATO code in its target (a unit,
     * {@code module@region}), or for a change of a user ({@code user.*}) the scope given or taken.
     * Entries naming no unit (the trust store, sign-ins) concern the nation only.
     *
     * @since 1.3
     */
    public boolean concerns(Scope scope) {
        if (scope.level() == Scope.Level.NATION) {
            return true;
        }
        String text = action.startsWith("user.") ? target + " " + before + " " + after : target;
        java.util.regex.Matcher codes = KATO.matcher(text);
        while (codes.find()) {
            if (scope.covers(codes.group())) {
                return true;
            }
        }
        return false;
    }
}
