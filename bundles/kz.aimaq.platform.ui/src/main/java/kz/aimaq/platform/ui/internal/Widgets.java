package kz.aimaq.platform.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formatting shared by the admin views. */
final class Widgets {

    private Widgets() {
    }

    /** Date and time as people of {@code locale} write them, in this computer's time zone. */
    static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }
}
