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
import kz.aimaq.platform.internal.Text;

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
     * @param errors      told of each value that is ignored, naming the file or option and the field (told
     *                    later, in the language this resolves)
     */
    public static UserProfile resolve(UserSettings.Conf conf, String confName, Function<String, String> property,
            Function<String, Optional<String>> savedLocale, String osUser, Regions regions, Consumer<Text> errors) {
        String user = osUser == null || osUser.isBlank() ? "user" : osUser.trim();
        if (!conf.user().isEmpty() && !conf.user().equals(user)) {
            errors.accept(new Text("user.confUserIgnored", confName, conf.user(), user));
        }
        String userOverride = property.apply(LaunchProperties.USER);
        if (userOverride != null && !userOverride.isBlank() && !userOverride.trim().equals(user)) {
            errors.accept(new Text("user.userOptionRefused", LaunchProperties.USER, userOverride, user));
        }
        Set<Role> granted = roles(conf, confName, errors);
        Set<Role> roles = narrowRoles(granted, property.apply(LaunchProperties.ROLES), errors);
        Region region = region(conf, confName, property, regions, errors);
        Scope scope = scope(conf, confName, granted, region, errors);
        if (!scope.covers(region.code()) && !Scope.of(region.code()).covers(scope)) {
            errors.accept(new Text("user.regionOutsideScope", region.code(), scope, confName, scope.regionCode()));
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
            Regions regions, Locale locale, Consumer<Text> errors) {
        if (entry.isEmpty()) {
            errors.accept(new Text("user.loginUnknown", login));
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
                errors.accept(new Text("user.regionOptionOutsideScope", LaunchProperties.REGION, regionOption, scope,
                        login));
            }
        }
        if (region == null) {
            region = regions.find(scope.level() == Scope.Level.NATION ? FALLBACK_REGION : scope.regionCode())
                    .orElseThrow();
        }
        Set<String> ids = roles.stream().map(Role::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return new UserProfile(login, ids, region, scope, locale);
    }

    private static Set<Role> roles(UserSettings.Conf conf, String confName, Consumer<Text> errors) {
        Set<Role> granted = new LinkedHashSet<>();
        for (String id : conf.roles()) {
            Optional<Role> role = Role.parse(id);
            if (role.isPresent()) {
                granted.add(role.get());
            } else {
                errors.accept(new Text("user.notARole", confName, id, known()));
            }
        }
        return granted;
    }

    /** The roles asked for on the command line that the file grants: an option never adds a role. */
    private static Set<Role> narrowRoles(Set<Role> granted, String option, Consumer<Text> errors) {
        if (option == null || option.isBlank()) {
            return granted;
        }
        Set<Role> chosen = new LinkedHashSet<>();
        for (String id : Arrays.stream(option.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList()) {
            Optional<Role> role = Role.parse(id);
            if (role.isEmpty()) {
                errors.accept(new Text("user.rolesOptionNotARole", LaunchProperties.ROLES, option, id, known()));
            } else if (!granted.contains(role.get())) {
                errors.accept(new Text("user.rolesOptionNotGranted", LaunchProperties.ROLES, option, role.get().id()));
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
            Regions regions, Consumer<Text> errors) {
        Region region = null;
        String regionOverride = property.apply(LaunchProperties.REGION);
        if (regionOverride != null && !regionOverride.isBlank()) {
            region = regions.find(regionOverride).orElse(null);
            if (region == null) {
                errors.accept(new Text("user.regionOptionNotARegion", LaunchProperties.REGION, regionOverride));
            }
        }
        if (region == null) {
            // The file's region counts, and is worth a complaint, only when no valid --region replaced it.
            region = regions.find(conf.region()).orElse(null);
        }
        if (region == null) {
            errors.accept(conf.region().isEmpty() ? new Text("user.noRegion", confName, FALLBACK_REGION)
                    : new Text("user.regionNotARegion", confName, conf.region(), FALLBACK_REGION));
            region = regions.find(FALLBACK_REGION).orElseThrow();
        }
        return region;
    }

    /** The file's scope; without one a national administrator has the nation, anyone else the region. */
    private static Scope scope(UserSettings.Conf conf, String confName, Set<Role> granted, Region region,
            Consumer<Text> errors) {
        if (!conf.scope().isEmpty()) {
            try {
                return Scope.of(conf.scope());
            } catch (IllegalArgumentException e) {
                errors.accept(new Text("user.scopeRefused", confName, e.getMessage(), region.code()));
            }
        } else if (granted.contains(Role.NATIONAL_ADMIN)) {
            return Scope.NATION;
        }
        return Scope.of(region.code());
    }

    private static Locale locale(UserSettings.Conf conf, String confName, Function<String, String> property,
            Optional<String> saved, Consumer<Text> errors) {
        String override = property.apply(LaunchProperties.LOCALE);
        if (override != null && !override.isBlank()) {
            Optional<Locale> given = Languages.parse(override);
            if (given.isPresent()) {
                return given.get();
            }
            errors.accept(new Text("user.localeOptionRefused", LaunchProperties.LOCALE, override));
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
            errors.accept(new Text("user.localeRefused", confName, conf.locale()));
        }
        return Languages.KAZAKH;
    }
}
