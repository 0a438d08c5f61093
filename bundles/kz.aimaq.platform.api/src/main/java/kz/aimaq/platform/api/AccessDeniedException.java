package kz.aimaq.platform.api;

/**
 * A change was refused because the user's roles or scope do not allow it. Nothing was
 * changed, and the refusal was written to the {@link AuditLog}.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String user;
    private final Right right;
    private final String unit;

    /** @param unit the KATO code the change concerned; {@code null} for an installation-wide change */
    public AccessDeniedException(String user, Right right, String unit, String reason) {
        super("user '" + user + "' may not " + right.name().toLowerCase().replace('_', ' ')
                + (unit == null ? "" : " for " + unit) + ": " + reason);
        this.user = user;
        this.right = right;
        this.unit = unit;
    }

    public String user() {
        return user;
    }

    public Right right() {
        return right;
    }

    /** The KATO code the refused change concerned, or {@code null}. */
    public String unit() {
        return unit;
    }
}
