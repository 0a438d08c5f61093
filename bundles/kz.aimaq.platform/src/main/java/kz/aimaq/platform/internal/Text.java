package kz.aimaq.platform.internal;

import java.util.Arrays;
import java.util.Locale;

import kz.aimaq.platform.api.l10n.Messages;

/**
 * A string of the platform's ({@code OSGI-INF/l10n/bundle*.properties}) with its arguments, to be
 * told later in any of its languages: English for the log and the audit, the user's language in
 * views. An argument that is itself a {@code Text} is told in the same language; any other is
 * told as it is (a file name, or what the operating system said).
 */
public record Text(String key, Object... arguments) {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    public String in(Locale locale) {
        Object[] told = Arrays.stream(arguments).map(a -> a instanceof Text t ? t.in(locale) : String.valueOf(a))
                .toArray();
        return Messages.of(Text.class, locale).get(key, told);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
