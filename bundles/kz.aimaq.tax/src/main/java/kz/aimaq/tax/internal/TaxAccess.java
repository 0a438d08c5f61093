package kz.aimaq.tax.internal;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.tax.api.NotPermittedException;

/**
 * The module's one access rule, on the platform's rights: national administrators everywhere;
 * tax officers ({@link Right#EDIT_TAX}, {@link Right#SEE_PERSONAL_DATA}) write and see taxpayers'
 * personal data inside their scope; everyone else, analysts included, sees aggregates only.
 * Every refusal is audited.
 */
final class TaxAccess {

    private final UserContext user;
    private final AuditLog audit;

    TaxAccess(UserContext user, AuditLog audit) {
        this.user = user;
        this.audit = audit;
    }

    String userName() {
        return user.user();
    }

    /** The user's language, for texts the service writes out. */
    java.util.Locale locale() {
        return user.locale();
    }

    boolean mayWrite(String okrug) {
        return user.hasRole(UserContext.ROLE_NATIONAL_ADMIN) || user.may(Right.EDIT_TAX, okrug);
    }

    /** Personal data follows the same scope as writing: the tax secrecy of TAX.md (e). */
    boolean mayReadPersonalData(String okrug) {
        return user.hasRole(UserContext.ROLE_NATIONAL_ADMIN) || user.maySeePersonalData(okrug);
    }

    void requireWrite(String okrug, String what) throws NotPermittedException {
        if (!mayWrite(okrug)) {
            refuse(okrug, what);
        }
    }

    /** National reference data: administrators only. */
    void requireAdmin(String what) throws NotPermittedException {
        if (!user.hasRole(UserContext.ROLE_NATIONAL_ADMIN)) {
            refuse("-", what);
        }
    }

    void requirePersonalData(String okrug, String what) throws NotPermittedException {
        if (!mayReadPersonalData(okrug)) {
            refuse(okrug, what);
        }
    }

    private void refuse(String okrug, String what) throws NotPermittedException {
        // okrug "-": a national table, no okrug
        audit.refused("tax.refused", okrug, user.user() + " " + user.roles() + " may not " + what);
        throw new NotPermittedException(user.user(), what, okrug);
    }

    void audit(String action, String target, String before, String after) {
        audit.append(action, target, before, after);
    }
}
