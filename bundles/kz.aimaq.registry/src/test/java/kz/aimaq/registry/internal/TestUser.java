package kz.aimaq.registry.internal;

import java.util.Locale;
import java.util.Set;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;

/** A user for tests: a name, roles and a region, which is also their scope unless they are a national admin. */
record TestUser(String user, Set<String> roles, Region region) implements UserContext {

    static TestUser admin() {
        return new TestUser("admin", Set.of(ROLE_NATIONAL_ADMIN), new Region("710000000", "Астана", "Астана", "Astana"));
    }

    /** Reads aggregates and edits nothing, scoped to a region. */
    static TestUser analystOf(String regionCode) {
        return new TestUser("analyst", Set.of(ROLE_ANALYST), new Region(regionCode, "-", "-", "-"));
    }

    /** Keeps the registry of one region. */
    static TestUser editorOf(String regionCode) {
        return new TestUser("editor", Set.of(ROLE_REGISTRY_EDITOR), new Region(regionCode, "-", "-", "-"));
    }

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(Locale locale) {
        throw new UnsupportedOperationException("the test user's locale is fixed");
    }
}
