package kz.aimaq.platform.api;

/** EventAdmin topics the platform posts. Properties are named in each constant's comment. */
public final class Topics {

    /** The UI locale changed; property {@code locale} (language tag). */
    public static final String LOCALE_CHANGED = "kz/aimaq/platform/LOCALE_CHANGED";

    /** The region policy, the installed modules or a module's state changed. */
    public static final String MODULES_CHANGED = "kz/aimaq/platform/MODULES_CHANGED";

    /** An entry was appended to the audit log; property {@code action}. */
    public static final String AUDIT_APPENDED = "kz/aimaq/platform/AUDIT_APPENDED";

    private Topics() {
    }
}
