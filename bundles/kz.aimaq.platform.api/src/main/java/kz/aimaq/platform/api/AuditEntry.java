package kz.aimaq.platform.api;

import java.time.Instant;

/**
 * One administrative change.
 *
 * @param when   when it happened
 * @param user   who did it
 * @param action what was done, e.g. {@code module.enable}
 * @param target what it was done to, e.g. {@code readiness@190000000}
 * @param before the state before, as text
 * @param after  the state after, as text
 */
public record AuditEntry(Instant when, String user, String action, String target, String before,
        String after) {
}
