package kz.aimaq.testing;

import java.util.Locale;
import java.util.Set;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;

/** For tests: a user with a name, a region, roles and a language that can be switched. */
public final class TestUser implements UserContext {

    private final String name;
    private final Region region;
    private final Set<String> roles;
    private Locale locale;

    public TestUser(String name, Region region, Locale locale, String... roles) {
        this.name = name;
        this.region = region;
        this.locale = locale;
        this.roles = Set.of(roles);
    }

    @Override
    public String user() {
        return name;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    @Override
    public Region region() {
        return region;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
    }
}
