package kz.aimaq.reporting.api;

import java.util.List;
import java.util.Objects;

/**
 * A report as made: a title, sections and metadata. Immutable, renderer-independent.
 *
 * @param title    the title in the request's language
 * @param sections the sections in order
 * @param metadata what went in
 */
public record ReportResult(String title, List<Section> sections, ReportMetadata metadata) {

    public ReportResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
    }
}
