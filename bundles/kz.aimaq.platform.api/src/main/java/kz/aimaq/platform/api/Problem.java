package kz.aimaq.platform.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Something the administrator must fix, e.g. a malformed region policy or a jar in
 * {@code deploy/} that is not a bundle. Messages name the file, line and what is wrong.
 *
 * @param when         when it was seen
 * @param source       the file or bundle it concerns
 * @param message      what is wrong and how to fix it (English; logged verbatim)
 * @param translations the message in other languages, by language code ({@code kk}, {@code ru});
 *                     since 1.4
 */
public record Problem(Instant when, String source, String message, Map<String, String> translations) {

    public Problem {
        translations = Map.copyOf(translations);
    }

    /** A problem told in English only. */
    public Problem(Instant when, String source, String message) {
        this(when, source, message, Map.of());
    }

    /**
     * The message in the user's language where it was given in it, else in English. What an
     * operating system or a library said about the cause stays as it said it.
     *
     * @since 1.4
     */
    public String message(Locale locale) {
        return translations.getOrDefault(locale.getLanguage(), message);
    }
}
