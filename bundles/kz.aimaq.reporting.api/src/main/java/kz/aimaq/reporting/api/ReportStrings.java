package kz.aimaq.reporting.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import kz.aimaq.platform.api.l10n.Messages;

/**
 * The strings of a module's reports in one language, from UTF-8 property files of their own
 * ({@code OSGI-INF/l10n/<name>.properties}, {@code <name>_kk.properties},
 * {@code <name>_ru.properties}) next to the bundle's. A separate name keeps report texts out of
 * files other people edit, and apart from other bundles' files on a test's class path.
 */
public final class ReportStrings {

    private final Messages messages;

    private ReportStrings(Messages messages) {
        this.messages = messages;
    }

    /** The strings named {@code name} visible to {@code type}'s class loader, in {@code locale}. */
    public static ReportStrings load(Class<?> type, String name, Locale locale) {
        return new ReportStrings(Messages.load(type.getClassLoader(), name, locale));
    }

    public Locale locale() {
        return messages.locale();
    }

    /** The string for {@code key}, formatted with {@link MessageFormat}; {@code !key!} if missing. */
    public String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /**
     * What is wrong with a set of strings: keys missing or blank in a language, a Kazakh file
     * without a Kazakh letter. Empty when all is well; for the contributing bundle's tests.
     */
    public static List<String> problems(Class<?> type, String name) {
        List<String> problems = new java.util.ArrayList<>();
        Set<String> keys = new TreeSet<>();
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"));
        for (Locale locale : locales) {
            keys.addAll(bundle(type, name, locale).keySet());
        }
        for (Locale locale : locales) {
            ResourceBundle strings = bundle(type, name, locale);
            if (!strings.getLocale().getLanguage().equals(locale.getLanguage()) && !"en".equals(locale.getLanguage())) {
                problems.add(name + ": no file for " + locale);
                continue;
            }
            for (String key : keys) {
                if (!strings.containsKey(key) || strings.getString(key).isBlank()) {
                    problems.add(name + ": key '" + key + "' has no " + locale + " text");
                }
            }
        }
        if (bundle(type, name, Locale.forLanguageTag("kk")).keySet().stream()
                .map(k -> bundle(type, name, Locale.forLanguageTag("kk")).getString(k))
                .noneMatch(v -> v.matches("(?s).*[әғқңөұүһіӘҒҚҢӨҰҮҺІ].*"))) {
            problems.add(name + ": the Kazakh file has no Kazakh letter");
        }
        return problems;
    }

    private static ResourceBundle bundle(Class<?> type, String name, Locale locale) {
        return ResourceBundle.getBundle("OSGI-INF/l10n/" + name, locale, type.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
