package kz.aimaq.platform.api;

import java.util.List;
import java.util.Locale;

/** The three languages every user-visible string exists in. */
public final class Languages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);

    private Languages() {
    }

    /** The supported locale with the same language as {@code tag}, or empty if none. */
    public static java.util.Optional<Locale> parse(String tag) {
        if (tag == null) {
            return java.util.Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
