package kz.aimaq.reporting.api;

import java.util.List;
import java.util.Objects;

/**
 * A chart, drawn as vectors by each renderer from this model alone. A pie uses the first
 * series only.
 *
 * @param kind       bar, stacked bar, line or pie
 * @param title      a caption, localised
 * @param unit       the unit of the values, shown on the axis, or empty
 * @param categories the category labels (x axis, pie slices)
 * @param series     one or more series, each with a value per category
 */
public record Chart(ChartKind kind, String title, String unit, List<String> categories, List<Series> series)
        implements Block {

    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart '" + title + "' series '" + s.name() + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }
}
