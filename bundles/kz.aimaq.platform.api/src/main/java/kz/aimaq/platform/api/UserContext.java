package kz.aimaq.platform.api;

import java.util.Locale;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The signed-in user as the workbench sees them: name, roles, region scope and UI locale.
 * Until sign-in exists this comes from {@code conf/user.json}, overridden on the command
 * line. A change of locale is announced on {@link Topics#LOCALE_CHANGED}.
 */
@ProviderType
public interface UserContext {

    String ROLE_ADMIN = "admin";
    String ROLE_ANALYST = "analyst";

    String user();

    Set<String> roles();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The top-level region (9-digit KATO code) this user works in. */
    Region region();

    Locale locale();

    /** Switches the UI language; one of {@link Languages#SUPPORTED}. Persisted per user. */
    void setLocale(Locale locale);
}
