package kz.aimaq.registry.ui.internal;

import java.util.Locale;
import java.util.Set;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;

/** An analyst of one region, in a fixed language. */
final class FakeUser implements UserContext {

    static final Region KARAGANDA = new Region("350000000", "Қарағанды облысы", "Карагандинская область",
            "Karaganda Region");

    private final Set<String> roles;
    private Locale locale;

    FakeUser(Locale locale, String... roles) {
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
        return KARAGANDA;
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
