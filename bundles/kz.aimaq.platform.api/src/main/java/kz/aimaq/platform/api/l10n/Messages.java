package kz.aimaq.platform.api.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The localised strings of one bundle in one locale. Strings live in UTF-8 property files
 * beside the code: {@code OSGI-INF/l10n/bundle.properties} (English) plus
 * {@code bundle_kk.properties} and {@code bundle_ru.properties}, the same files OSGi uses to
 * localise manifest headers.
 */
public final class Messages {

    public static final String BASE_NAME = "OSGI-INF/l10n/bundle";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the strings visible to {@code loader} (a bundle's class loader) for a locale. */
    public static Messages load(ClassLoader loader, Locale locale) {
        return load(loader, "bundle", locale);
    }

    /**
     * Loads a file of strings of its own beside the bundle's, {@code OSGI-INF/l10n/<name>.properties}
     * and its {@code _kk} and {@code _ru} siblings (a module's report texts, say).
     *
     * @since 1.1
     */
    public static Messages load(ClassLoader loader, String name, Locale locale) {
        ResourceBundle.Control control = ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle("OSGI-INF/l10n/" + name, locale, loader, control), locale);
    }

    /** Loads the strings of the bundle that holds {@code type}. */
    public static Messages of(Class<?> type, Locale locale) {
        return load(type.getClassLoader(), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The string for {@code key}, formatted with {@link MessageFormat}; {@code !key!} if missing. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * Resolves a service property that is either literal text or a {@code %key} reference
     * into these strings, as OSGi does for manifest headers.
     */
    public String resolve(String textOrKey) {
        if (textOrKey != null && textOrKey.startsWith("%")) {
            return get(textOrKey.substring(1));
        }
        return textOrKey == null ? "" : textOrKey;
    }

    public boolean contains(String key) {
        return bundle.containsKey(key);
    }
}
