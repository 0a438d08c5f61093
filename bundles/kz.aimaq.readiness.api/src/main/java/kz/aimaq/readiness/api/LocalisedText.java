package kz.aimaq.readiness.api;

import java.util.Locale;
import java.util.Map;

/**
 * A text given per language tag ({@code en}, {@code kk}, {@code ru}); {@code en} is always
 * present and is the fallback.
 *
 * @param byLanguage text by language tag
 */
public record LocalisedText(Map<String, String> byLanguage) {

    public LocalisedText {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("an English text (\"en\") is required: " + byLanguage);
        }
    }

    /** The same text in every language, e.g. an identifier-like name. */
    public static LocalisedText of(String text) {
        return new LocalisedText(Map.of("en", text));
    }

    /** The text in {@code locale}'s language, or English. */
    public String get(Locale locale) {
        return byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("en"));
    }

    @Override
    public String toString() {
        return byLanguage.get("en");
    }
}
