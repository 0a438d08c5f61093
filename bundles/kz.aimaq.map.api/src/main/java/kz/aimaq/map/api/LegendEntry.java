package kz.aimaq.map.api;

/**
 * One row of a choropleth legend.
 *
 * @param label what the colour means, localised (e.g. "High readiness, 0.75–1.00")
 * @param rgb   the colour as 0xRRGGBB
 */
public record LegendEntry(String label, int rgb) {
}
