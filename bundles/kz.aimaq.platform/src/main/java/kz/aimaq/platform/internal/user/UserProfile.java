package kz.aimaq.platform.internal.user;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.Role;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.feature.LaunchProperties;

/**
 * Who the user is, decided from {@code conf/user.json}, the command-line options and the
 * user's saved locale. In embedded mode the operating-system user is the one local user:
 * the file grants the roles and the scope, and the command line can only narrow them
 * ({@code --roles} picks among the granted roles, {@code --region} a region inside the scope).
 * Pure, so the precedence is tested without a framework.
 *
 * @param user   the user name
 * @param roles  the role ids ({@link Role#id()})
 * @param region the top-level region the user works in
 * @param scope  where the roles apply
 * @param locale the UI locale
 */
public record UserProfile(String user, Set<String> roles, Region region, Scope scope, Locale locale) {

    /** The region used when {@code conf/user.json} names none that exists: the capital. */
    public static final String FALLBACK_REGION = "710000000";

    public UserProfile {
        roles = Set.copyOf(roles);
    }

    /**
     * @param conf        what {@code conf/user.json} says
     * @param confName    how to name that file in errors
     * @param property    framework properties ({@link LaunchProperties#USER} and the other options)
     * @param savedLocale the locale saved for a user name, if any
     * @param osUser      the operating-system user: the user
     * @param errors      told of each value that is ignored, naming the file or option and the field
     */
    public static UserProfile resolve(UserSettings.Conf conf, String confName, Function<String, String> property,
            Function<String, Optional<String>> savedLocale, String osUser, Regions regions, Consumer<String> errors) {
        String user = osUser == null || osUser.isBlank() ? "user" : osUser.trim();
        if (!conf.user().isEmpty() && !conf.user().equals(user)) {
            errors.accept(confName + ": user: '" + conf.user() + "' is ignored: the operating-system user '" + user
                    + "' is the one local user");
        }
        String userOverride = property.apply(LaunchProperties.USER);
        if (userOverride != null && !userOverride.isBlank() && !userOverride.trim().equals(user)) {
            errors.accept(LaunchProperties.USER + "=" + userOverride + " (--user) is refused: the operating-system user '"
                    + user + "' is the one local user, and an option cannot make anyone else");
        }
        Set<Role> granted = roles(conf, confName, errors);
        Set<Role> roles = narrowRoles(granted, property.apply(LaunchProperties.ROLES), errors);
        Region region = region(conf, confName, property, regions, errors);
        Scope scope = scope(conf, confName, granted, region, errors);
        if (!scope.covers(region.code()) && !Scope.of(region.code()).covers(scope)) {
            errors.accept("the region " + region.code() + " lies outside the scope " + scope + " of " + confName
                    + "; working in " + scope.regionCode());
            region = regions.find(scope.regionCode()).orElse(region);
        }
        Set<String> ids = roles.stream().map(Role::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return new UserProfile(user, ids, region, scope,
                locale(conf, confName, property, savedLocale.apply(user), errors));
    }

    /**
     * The user of a central installation: the database login, with the roles and scope the
     * central database gives it, narrowed by the command line as in embedded mode.
     *
     * @param entry the login's entry in the users table; empty when it has none (then no roles)
     */
    public static UserProfile central(String login, Optional<DirectoryUser> entry, Function<String, String> property,
            Regions regions, Locale locale, Consumer<String> errors) {
        if (entry.isEmpty()) {
            errors.accept("the database login '" + login + "' has no entry in the users table (app_user): it has no"
                    + " role until an administrator gives it one");
        }
        Set<Role> granted = new LinkedHashSet<>();
        entry.ifPresent(e -> e.roles().forEach(id -> Role.parse(id).ifPresent(granted::add)));
        Set<Role> roles = narrowRoles(granted, property.apply(LaunchProperties.ROLES), errors);
        Scope scope = entry.map(DirectoryUser::scope).orElse(Scope.of(FALLBACK_REGION));
        Region region = null;
        String regionOption = property.apply(LaunchProperties.REGION);
        if (regionOption != null && !regionOption.isBlank()) {
            region = regions.find(regionOption).filter(r -> scope.covers(r.code()) || Scope.of(r.code()).covers(scope))
                    .orElse(null);
            if (region == null) {
                errors.accept(LaunchProperties.REGION + "=" + regionOption + " (--region) is no region inside the scope "
                        + scope + " of login '" + login + "'; ignored");
            }
        }
        if (region == null) {
            region = regions.find(scope.level() == Scope.Level.NATION ? FALLBACK_REGION : scope.regionCode())
                    .orElseThrow();
        }
        Set<String> ids = roles.stream().map(Role::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return new UserProfile(login, ids, region, scope, locale);
    }

    private static Set<Role> roles(UserSettings.Conf conf, String confName, Consumer<String> errors) {
        Set<Role> granted = new LinkedHashSet<>();
        for (String id : conf.roles()) {
            Optional<Role> role = Role.parse(id);
            if (role.isPresent()) {
                granted.add(role.get());
            } else {
                errors.accept(confName + ": roles: '" + id + "' is not a role (" + known() + "); ignored");
            }
        }
        return granted;
    }

    /** The roles asked for on the command line that the file grants: an option never adds a role. */
    private static Set<Role> narrowRoles(Set<Role> granted, String option, Consumer<String> errors) {
        if (option == null || option.isBlank()) {
            return granted;
        }
        Set<Role> chosen = new LinkedHashSet<>();
        for (String id : Arrays.stream(option.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList()) {
            Optional<Role> role = Role.parse(id);
            if (role.isEmpty()) {
                errors.accept(LaunchProperties.ROLES + "=" + option + " (--roles): '" + id + "' is not a role ("
                        + known() + "); ignored");
            } else if (!granted.contains(role.get())) {
                errors.accept(LaunchProperties.ROLES + "=" + option + " (--roles): the role '" + role.get().id()
                        + "' is not granted to this user, and an option cannot grant it; ignored");
            } else {
                chosen.add(role.get());
            }
        }
        return chosen;
    }

    private static String known() {
        return Arrays.stream(Role.values()).map(Role::id).collect(Collectors.joining(", "));
    }

    private static Region region(UserSettings.Conf conf, String confName, Function<String, String> property,
            Regions regions, Consumer<String> errors) {
        Region region = null;
        String regionOverride = property.apply(LaunchProperties.REGION);
        if (regionOverride != null && !regionOverride.isBlank()) {
            region = regions.find(regionOverride).orElse(null);
            if (region == null) {
                errors.accept(LaunchProperties.REGION + "=" + regionOverride + " (--region) is not the 2- or 9-digit "
                        + "KATO code of a top-level region (e.g. 19 or 190000000); ignored");
            }
        }
        if (region == null) {
            // The file's region counts, and is worth a complaint, only when no valid --region replaced it.
            region = regions.find(conf.region()).orElse(null);
        }
        if (region == null) {
            errors.accept(confName + (conf.region().isEmpty() ? ": no \"region\" is given" : ": region: '"
                    + conf.region() + "' is not the 2- or 9-digit KATO code of a top-level region") + " (e.g. 19 or "
                    + "190000000); using " + FALLBACK_REGION);
            region = regions.find(FALLBACK_REGION).orElseThrow();
        }
        return region;
    }

    /** The file's scope; without one a national administrator has the nation, anyone else the region. */
    private static Scope scope(UserSettings.Conf conf, String confName, Set<Role> granted, Region region,
            Consumer<String> errors) {
        if (!conf.scope().isEmpty()) {
            try {
                return Scope.of(conf.scope());
            } catch (IllegalArgumentException e) {
                errors.accept(confName + ": scope: " + e.getMessage() + "; the scope is the region " + region.code());
            }
        } else if (granted.contains(Role.NATIONAL_ADMIN)) {
            return Scope.NATION;
        }
        return Scope.of(region.code());
    }

    private static Locale locale(UserSettings.Conf conf, String confName, Function<String, String> property,
            Optional<String> saved, Consumer<String> errors) {
        String override = property.apply(LaunchProperties.LOCALE);
        if (override != null && !override.isBlank()) {
            Optional<Locale> given = Languages.parse(override);
            if (given.isPresent()) {
                return given.get();
            }
            errors.accept(LaunchProperties.LOCALE + "=" + override + " (--locale) is not one of kk, ru, en; ignored");
        }
        if (saved.isPresent()) {
            Optional<Locale> chosen = Languages.parse(saved.get());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (!conf.locale().isEmpty()) {
            Optional<Locale> configured = Languages.parse(conf.locale());
            if (configured.isPresent()) {
                return configured.get();
            }
            errors.accept(confName + ": locale: '" + conf.locale() + "' is not one of kk, ru, en; using kk");
        }
        return Languages.KAZAKH;
    }
}
