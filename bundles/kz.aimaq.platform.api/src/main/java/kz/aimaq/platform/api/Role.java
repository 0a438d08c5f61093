package kz.aimaq.platform.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the workbench and the rights each one grants. A user's rights are the union
 * over their roles, always limited to their {@link Scope}.
 */
public enum Role {

    /** Administers the installation: modules, users, trust store, registry; sees the audit. */
    NATIONAL_ADMIN("national-admin", EnumSet.of(Right.READ_AGGREGATES, Right.EDIT_REGISTRY, Right.IMPORT_REGISTRY,
            Right.MANAGE_MODULES, Right.MANAGE_USERS, Right.MANAGE_TRUST, Right.READ_AUDIT)),
    /** Administers one region: its modules, its users, its registry; sees the audit. */
    REGIONAL_ADMIN("regional-admin", EnumSet.of(Right.READ_AGGREGATES, Right.EDIT_REGISTRY, Right.IMPORT_REGISTRY,
            Right.MANAGE_MODULES, Right.MANAGE_USERS, Right.READ_AUDIT)),
    /** Keeps the administrative-territorial registry of their scope current. */
    REGISTRY_EDITOR("registry-editor", EnumSet.of(Right.READ_AGGREGATES, Right.EDIT_REGISTRY, Right.IMPORT_REGISTRY)),
    /** Works with the taxpayers of their scope, personal data included. */
    TAX_OFFICER("tax-officer", EnumSet.of(Right.READ_AGGREGATES, Right.EDIT_TAX, Right.SEE_PERSONAL_DATA)),
    /** Reads aggregates and edits nothing. */
    ANALYST("analyst", EnumSet.of(Right.READ_AGGREGATES)),
    /** The identity of a vendor add-on: reads aggregates through the public APIs, nothing more. */
    VENDOR_ADDON("vendor-addon", EnumSet.of(Right.READ_AGGREGATES));

    private final String id;
    private final Set<Right> rights;

    Role(String id, Set<Right> rights) {
        this.id = id;
        this.rights = Set.copyOf(rights);
    }

    /** The name used in {@code conf/user.json}, the users table and on the command line. */
    public String id() {
        return id;
    }

    public Set<Right> rights() {
        return rights;
    }

    public boolean grants(Right right) {
        return rights.contains(right);
    }

    /**
     * The role with this id, ignoring case; {@code admin}, the single administrator role of
     * version 1.x, is read as {@link #NATIONAL_ADMIN}.
     */
    public static Optional<Role> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        if ("admin".equals(wanted)) {
            return Optional.of(NATIONAL_ADMIN);
        }
        for (Role role : values()) {
            if (role.id.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
