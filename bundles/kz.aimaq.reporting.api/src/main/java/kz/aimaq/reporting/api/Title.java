package kz.aimaq.reporting.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the three languages of the workbench.
 *
 * @param kk Kazakh
 * @param ru Russian
 * @param en English
 */
public record Title(String kk, String ru, String en) {

    public Title {
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    /** The same text in every language, e.g. a unit code. */
    public static Title of(String text) {
        return new Title(text, text, text);
    }

    /** The text in {@code locale}'s language; English for any other language. */
    public String get(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
    }
}
