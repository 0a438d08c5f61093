package kz.aimaq.platform.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The signed-in user as the workbench sees them: name, roles, scope and UI locale. In
 * embedded mode the operating-system user is the one local user, with the roles and scope of
 * {@code conf/user.json}; in central mode the database login is the user, with the roles and
 * scope kept in the central database. Command-line options only narrow either. A change of
 * locale is announced on {@link Topics#LOCALE_CHANGED}.
 *
 * <p>Services check with {@link #may} or {@link #require} before they change anything, and
 * audit what they refuse.
 */
@ProviderType
public interface UserContext {

    String ROLE_NATIONAL_ADMIN = "national-admin";
    String ROLE_REGIONAL_ADMIN = "regional-admin";
    String ROLE_REGISTRY_EDITOR = "registry-editor";
    String ROLE_TAX_OFFICER = "tax-officer";
    String ROLE_ANALYST = "analyst";
    String ROLE_VENDOR_ADDON = "vendor-addon";

    /** Either administrator: for view and perspective registrations ({@link #hasRole} takes a list). */
    String ROLE_ANY_ADMIN = ROLE_NATIONAL_ADMIN + "," + ROLE_REGIONAL_ADMIN;

    /**
     * The single administrator role of version 1.x.
     *
     * @deprecated check a {@link Right} with {@link #may}, or use {@link #ROLE_NATIONAL_ADMIN}
     */
    @Deprecated
    String ROLE_ADMIN = ROLE_NATIONAL_ADMIN;

    String user();

    /** The role ids ({@link Role#id()}) the user holds in this session. */
    Set<String> roles();

    /**
     * Whether the user holds the role, or, given a comma-separated list, any of them. The
     * version 1.x name {@code admin} counts as {@link #ROLE_NATIONAL_ADMIN}.
     */
    default boolean hasRole(String role) {
        Set<Role> held = heldRoles();
        return Arrays.stream(role.split(",")).map(Role::parse).flatMap(Optional::stream).anyMatch(held::contains)
                || roles().contains(role);
    }

    /** The user's roles that the workbench knows; unknown names grant nothing. */
    default Set<Role> heldRoles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles().forEach(id -> Role.parse(id).ifPresent(held::add));
        return held;
    }

    /** The top-level region (9-digit KATO code) this user works in: their scope's region, or their home region. */
    Region region();

    /**
     * Where the user's rights apply. Implementations of version 1.x that do not say are scoped
     * to their region, or the nation for a national administrator.
     *
     * @since 1.2
     */
    default Scope scope() {
        Region region = region();
        return region == null || heldRoles().contains(Role.NATIONAL_ADMIN) ? Scope.NATION : Scope.of(region.code());
    }

    /**
     * Whether one of the user's roles grants the right and the unit lies in their scope.
     *
     * @param unit a 9-digit KATO code; {@code null} for an installation-wide action, which needs the nation in scope
     */
    default boolean may(Right right, String unit) {
        return heldRoles().stream().anyMatch(r -> r.grants(right))
                && (unit == null ? scope().level() == Scope.Level.NATION : scope().covers(unit));
    }

    /** Whether the user may rename, move or abolish the unit or add facts to it. */
    default boolean mayChangeUnit(String unit) {
        return may(Right.EDIT_REGISTRY, unit);
    }

    /** Whether the user may see personal data (such as an unmasked IIN) of people in the unit. */
    default boolean maySeePersonalData(String unit) {
        return may(Right.SEE_PERSONAL_DATA, unit);
    }

    /**
     * Throws unless {@link #may} holds, saying which role or scope is missing. The caller audits
     * the refusal ({@link AuditLog#refused}).
     */
    default void require(Right right, String unit) throws AccessDeniedException {
        if (heldRoles().stream().noneMatch(r -> r.grants(right))) {
            throw new AccessDeniedException(user(), right, unit, "none of the roles " + roles() + " grants it");
        }
        if (!may(right, unit)) {
            throw new AccessDeniedException(user(), right, unit, unit == null
                    ? "it concerns the whole installation, and the user's scope is " + scope()
                    : unit + " lies outside the user's scope, " + scope());
        }
    }

    Locale locale();

    /** Switches the UI language; one of {@link Languages#SUPPORTED}. Persisted per user. */
    void setLocale(Locale locale);
}
