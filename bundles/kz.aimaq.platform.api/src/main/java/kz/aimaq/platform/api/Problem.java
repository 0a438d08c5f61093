package kz.aimaq.platform.api;

import java.time.Instant;

/**
 * Something the administrator must fix, e.g. a malformed region policy or a jar in
 * {@code deploy/} that is not a bundle. Messages name the file, line and what is wrong.
 *
 * @param when    when it was seen
 * @param source  the file or bundle it concerns
 * @param message what is wrong and how to fix it (English; logged verbatim)
 */
public record Problem(Instant when, String source, String message) {
}
