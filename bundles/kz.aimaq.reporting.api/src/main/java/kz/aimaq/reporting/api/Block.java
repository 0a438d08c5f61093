package kz.aimaq.reporting.api;

/** What a section shows: a table, a chart, a map panel or a paragraph. */
public sealed interface Block permits Table, Chart, MapPanel, Paragraph {
}
