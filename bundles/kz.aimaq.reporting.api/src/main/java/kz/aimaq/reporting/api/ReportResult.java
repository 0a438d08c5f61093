package kz.aimaq.reporting.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report as made: a title, sections and metadata. Immutable, renderer-independent.
 *
 * @param title    the title in {@code locale}'s language
 * @param locale   the language it was made in; outputs format numbers and separate CSV fields by it
 * @param sections the sections in order
 * @param metadata what went in
 */
public record ReportResult(String title, Locale locale, List<Section> sections, ReportMetadata metadata) {

    public ReportResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
    }
}
