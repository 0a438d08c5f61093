package com.example.aimaq.hello.internal;

import java.util.Locale;
import java.util.Set;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;

/** An analyst in Almaty Region, in a chosen language. */
final class FakeUser implements UserContext {

    static final Region ALMATY_REGION = new Region("190000000", "Алматы облысы", "Алматинская область", "Almaty Region");

    private Locale locale;

    FakeUser(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String user() {
        return "Ерлан";
    }

    @Override
    public Set<String> roles() {
        return Set.of(ROLE_ANALYST);
    }

    @Override
    public Region region() {
        return ALMATY_REGION;
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
