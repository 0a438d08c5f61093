package kz.aimaq.reporting.api;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: a value per category ({@code null} where there is none).
 *
 * @param name   the legend text, localised
 * @param values one per category of the chart
 */
public record Series(String name, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
