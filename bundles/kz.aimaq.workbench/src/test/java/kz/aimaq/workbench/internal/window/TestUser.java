package kz.aimaq.workbench.internal.window;

import java.util.Locale;
import java.util.Set;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;

/** A user whose locale can be switched, as the platform's user context does. */
final class TestUser implements UserContext {

    private final Set<String> roles;
    private volatile Locale locale;

    TestUser(Locale locale, String... roles) {
        this.locale = locale;
        this.roles = Set.of(roles);
    }

    @Override
    public String user() {
        return "aigerim";
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    @Override
    public Region region() {
        return new Region("190000000", "Алматы облысы", "Алматинская область", "Almaty Region");
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public void setLocale(Locale newLocale) {
        this.locale = newLocale;
    }
}
