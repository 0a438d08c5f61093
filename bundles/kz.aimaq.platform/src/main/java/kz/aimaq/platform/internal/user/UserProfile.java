package kz.aimaq.platform.internal.user;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.feature.LaunchProperties;

/**
 * Who the user is, decided from {@code conf/user.json}, the command-line overrides and the
 * user's saved locale. Pure, so the precedence is tested without a framework.
 *
 * @param user   the user name
 * @param roles  the roles
 * @param region the top-level region
 * @param locale the UI locale
 */
public record UserProfile(String user, Set<String> roles, Region region, Locale locale) {

    /** The region used when {@code conf/user.json} names none that exists: the capital. */
    public static final String FALLBACK_REGION = "710000000";

    public UserProfile {
        roles = Set.copyOf(roles);
    }

    /**
     * @param conf          what {@code conf/user.json} says
     * @param confName      how to name that file in errors
     * @param property      framework properties ({@link LaunchProperties#USER} and the other overrides)
     * @param savedLocale   the locale saved for a user name, if any
     * @param osUser        the operating-system user, used when no name is given
     * @param errors        told of each value that is ignored, with what to fix
     */
    public static UserProfile resolve(UserSettings.Conf conf, String confName, Function<String, String> property,
            Function<String, Optional<String>> savedLocale, String osUser, Regions regions, Consumer<String> errors) {
        String user = firstNonBlank(property.apply(LaunchProperties.USER), conf.user(), osUser);
        Set<String> roles = new LinkedHashSet<>(conf.roles());
        String roleOverride = property.apply(LaunchProperties.ROLES);
        if (roleOverride != null && !roleOverride.isBlank()) {
            roles.clear();
            Arrays.stream(roleOverride.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(roles::add);
        }
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
            errors.accept(confName + (conf.region().isEmpty() ? ": no \"region\" is given" : ": region '"
                    + conf.region() + "' is not the 2- or 9-digit KATO code of a top-level region") + " (e.g. 19 or "
                    + "190000000); using " + FALLBACK_REGION);
            region = regions.find(FALLBACK_REGION).orElseThrow();
        }
        return new UserProfile(user, roles, region, locale(conf, confName, property, savedLocale.apply(user), errors));
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
            errors.accept(confName + ": locale '" + conf.locale() + "' is not one of kk, ru, en; using kk");
        }
        return Languages.KAZAKH;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "user";
    }
}
