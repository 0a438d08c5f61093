package kz.aimaq.reporting.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every report result says about itself.
 *
 * @param reportId   the report's id
 * @param parameters the parameters as the user gave them, label to value, in order
 * @param sources    the data that went in, with dates
 * @param madeAt     when the result was made
 * @param user       who asked for it
 * @param notes      remarks a reader needs (e.g. cities without okrugs), localised
 */
public record ReportMetadata(String reportId, Map<String, String> parameters, List<DataSource> sources,
        Instant madeAt, String user, List<String> notes) {

    public ReportMetadata {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(user, "user");
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** True when any source is synthetic: every output labels the report so. */
    public boolean synthetic() {
        return sources.stream().anyMatch(DataSource::synthetic);
    }
}
