package kz.aimaq.reporting.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.ReportResult;

/** The lines every output shows about a result: parameters, sources, when, who, synthetic. */
final class Labels {

    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Labels() {
    }

    static ReportStrings messages(ReportResult result) {
        return ReportStrings.load(Labels.class, "reporting", result.locale());
    }

    /** Label and value pairs, in the order outputs show them. */
    static List<Map.Entry<String, String>> metadata(ReportResult result) {
        ReportStrings m = messages(result);
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        result.metadata().parameters().forEach((k, v) -> lines.add(Map.entry(k, v)));
        for (DataSource source : result.metadata().sources()) {
            String text = source.name() + (source.asOf() == null ? "" : " (" + source.asOf() + ")")
                    + (source.synthetic() ? " — " + m.get("meta.syntheticSource") : "");
            lines.add(Map.entry(m.get("meta.source"), text));
        }
        lines.add(Map.entry(m.get("meta.madeAt"), MADE_AT.format(result.metadata().madeAt())));
        lines.add(Map.entry(m.get("meta.user"), result.metadata().user()));
        lines.add(Map.entry(m.get("meta.report"), result.metadata().reportId()));
        for (String note : result.metadata().notes()) {
            lines.add(Map.entry(m.get("meta.note"), note));
        }
        return lines;
    }

    /** The banner of a result made with synthetic data, or empty. */
    static String syntheticBanner(ReportResult result) {
        return result.metadata().synthetic() ? messages(result).get("meta.syntheticBanner") : "";
    }
}
