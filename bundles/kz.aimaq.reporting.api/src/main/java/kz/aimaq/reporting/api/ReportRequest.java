package kz.aimaq.reporting.api;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a report is run for. The reporting service fills it from the parameter form or the
 * command line and has checked that the user may see the unit.
 *
 * @param unit   the KATO code of the unit the report is about, or {@code null} for the nation
 * @param period the period, or {@code null} where the report takes none
 * @param asOf   the day the data is read as of
 * @param locale the language of titles and names
 * @param user   who asked, as the metadata will name them
 */
public record ReportRequest(String unit, Period period, LocalDate asOf, Locale locale, String user) {

    public ReportRequest {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(user, "user");
    }

    /** Whether the report covers the whole country. */
    public boolean national() {
        return unit == null;
    }
}
