package kz.aimaq.platform.api;

/**
 * What a role may do. A right is always exercised inside the user's {@link Scope}; the
 * installation-wide rights ({@link #MANAGE_TRUST}) need the whole nation in scope.
 */
public enum Right {
    /** Read aggregates: counts, sums, rankings. Every role has it. */
    READ_AGGREGATES,
    /** Rename, move, abolish units and add facts to them. */
    EDIT_REGISTRY,
    /** Apply a KATO classifier import. */
    IMPORT_REGISTRY,
    /** Enable and disable optional modules per region. */
    MANAGE_MODULES,
    /** Create users and give them roles and scope (never wider than one's own). */
    MANAGE_USERS,
    /** Add and remove certificates of the add-on trust store. */
    MANAGE_TRUST,
    /** Read the audit log. */
    READ_AUDIT,
    /** Record and correct tax data. */
    EDIT_TAX,
    /** See personal data such as an IIN unmasked. */
    SEE_PERSONAL_DATA
}
