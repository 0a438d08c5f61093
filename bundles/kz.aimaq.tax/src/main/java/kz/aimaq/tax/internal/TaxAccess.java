package kz.aimaq.tax.internal;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.tax.api.NotPermittedException;

/**
 * The module's one access rule, on today's {@link UserContext} (roles and one region) until the
 * platform's role model replaces it: administrators everywhere; tax officers write and see
 * taxpayers' personal data inside their region; everyone else, analysts included, sees
 * aggregates only. Every refusal is audited.
 */
final class TaxAccess {

    static final String ROLE_TAX_OFFICER = "tax_officer";

    private final UserContext user;
    private final AuditLog audit;

    TaxAccess(UserContext user, AuditLog audit) {
        this.user = user;
        this.audit = audit;
    }

    String userName() {
        return user.user();
    }

    boolean mayWrite(String okrug) {
        return user.hasRole(UserContext.ROLE_ADMIN)
                || (user.hasRole(ROLE_TAX_OFFICER) && user.region() != null && user.region().contains(okrug));
    }

    /** Personal data follows the same scope as writing: the tax secrecy of TAX.md (e). */
    boolean mayReadPersonalData(String okrug) {
        return mayWrite(okrug);
    }

    void requireWrite(String okrug, String what) throws NotPermittedException {
        if (!mayWrite(okrug)) {
            refuse(okrug, what);
        }
    }

    /** National reference data: administrators only. */
    void requireAdmin(String what) throws NotPermittedException {
        if (!user.hasRole(UserContext.ROLE_ADMIN)) {
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
        audit.append("tax.refused", okrug, null, user.user() + " " + user.roles() + " may not " + what);
        throw new NotPermittedException(user.user(), what, okrug);
    }

    void audit(String action, String target, String before, String after) {
        audit.append(action, target, before, after);
    }
}
