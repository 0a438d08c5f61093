package kz.aimaq.workbench.internal.model;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import kz.aimaq.platform.api.l10n.Messages;

/** The bundle a contribution comes from: its name for logs and errors, and its strings. */
public final class Contributor {

    private final String bundleName;
    private final Function<Locale, Messages> loader;
    private final Function<Locale, Messages> fallback;
    private final Map<Locale, Messages> cache = new ConcurrentHashMap<>();

    /**
     * @param bundleName the symbolic name of the contributing bundle
     * @param loader     loads the bundle's strings for a locale
     * @param fallback   strings used when the bundle has none (the workbench's own)
     */
    public Contributor(String bundleName, Function<Locale, Messages> loader, Function<Locale, Messages> fallback) {
        this.bundleName = bundleName;
        this.loader = loader;
        this.fallback = fallback;
    }

    public String bundleName() {
        return bundleName;
    }

    public Messages messages(Locale locale) {
        return cache.computeIfAbsent(locale, this::load);
    }

    /** Resolves a {@code %key} or literal property in the contributor's strings. */
    public String text(String textOrKey, Locale locale) {
        return messages(locale).resolve(textOrKey);
    }

    private Messages load(Locale locale) {
        try {
            return loader.apply(locale);
        } catch (MissingResourceException | IllegalStateException e) {
            // A bundle without OSGI-INF/l10n (or one stopping right now) still gets a title.
            return fallback.apply(locale);
        }
    }
}
