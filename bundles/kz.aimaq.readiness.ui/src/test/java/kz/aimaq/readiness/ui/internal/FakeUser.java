package kz.aimaq.readiness.ui.internal;

import java.util.Locale;
import java.util.Set;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;

/** An analyst in a fixed region and language. */
final class FakeUser implements UserContext {

    private final Region region;
    private Locale locale;

    FakeUser(Region region, Locale locale) {
        this.region = region;
        this.locale = locale;
    }

    @Override
    public String user() {
        return "aigerim";
    }

    @Override
    public Set<String> roles() {
        return Set.of(ROLE_ANALYST);
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
