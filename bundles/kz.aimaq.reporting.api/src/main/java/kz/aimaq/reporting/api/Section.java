package kz.aimaq.reporting.api;

import java.util.List;
import java.util.Objects;

/**
 * A part of a report: a heading and its blocks (tables, charts, map panels, text). An XLSX
 * file gets one sheet per section.
 *
 * @param title  the heading, localised
 * @param blocks what the section shows, in order
 */
public record Section(String title, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** The section's tables, in order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
