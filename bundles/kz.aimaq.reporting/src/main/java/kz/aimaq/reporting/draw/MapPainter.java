package kz.aimaq.reporting.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.MapPanel.MapArea;

/**
 * Paints a {@link MapPanel} as a tile map: one small multiple per group (region), each area an
 * equal square coloured by its class, the legend below. Equal squares keep the many small
 * okrugs as visible as the big cities, which a boundary map of the country would not.
 */
public final class MapPainter {

    private static final double TITLE = 10;
    private static final double LABEL = 7;

    private MapPainter() {
    }

    public static void paint(MapPanel map, Canvas canvas, double x, double y, double width, double height) {
        canvas.text(Texts.fit(canvas, map.title(), TITLE, width), x, y + TITLE, TITLE, Canvas.Align.LEFT, Palette.TEXT);
        Map<String, List<MapArea>> groups = new LinkedHashMap<>();
        for (MapArea area : map.areas()) {
            groups.computeIfAbsent(area.group(), g -> new ArrayList<>()).add(area);
        }
        double legendHeight = LABEL + 8;
        double top = y + TITLE + 6;
        double gridHeight = height - (top - y) - legendHeight;
        int count = Math.max(1, groups.size());
        int columns = (int) Math.max(1, Math.ceil(Math.sqrt(count * width / Math.max(1, gridHeight))));
        int rows = (int) Math.ceil((double) count / columns);
        double cellWidth = width / columns;
        double cellHeight = gridHeight / rows;
        int largest = groups.values().stream().mapToInt(List::size).max().orElse(1);
        double tile = tileSize(largest, cellWidth - 4, cellHeight - LABEL - 6);
        int i = 0;
        for (Map.Entry<String, List<MapArea>> group : groups.entrySet()) {
            double gx = x + cellWidth * (i % columns);
            double gy = top + cellHeight * (i / columns);
            canvas.text(Texts.fit(canvas, group.getKey(), LABEL, cellWidth - 4), gx, gy + LABEL, LABEL,
                    Canvas.Align.LEFT, Palette.TEXT);
            int perRow = Math.max(1, (int) Math.floor((cellWidth - 4) / tile));
            List<MapArea> areas = group.getValue();
            for (int a = 0; a < areas.size(); a++) {
                MapArea area = areas.get(a);
                int rgb = area.classIndex() < 0 ? Palette.NO_DATA : map.classes().get(area.classIndex()).rgb();
                double gap = tile > 4 ? 0.8 : 0.3;
                canvas.fillRect(gx + tile * (a % perRow), gy + LABEL + 3 + tile * (a / perRow), tile - gap, tile - gap, rgb);
            }
            i++;
        }
        double lx = x;
        double ly = y + height - legendHeight + 3;
        for (MapPanel.MapClass mapClass : map.classes()) {
            canvas.fillRect(lx, ly, 8, 8, mapClass.rgb());
            canvas.text(mapClass.label(), lx + 11, ly + LABEL, LABEL, Canvas.Align.LEFT, Palette.TEXT);
            lx += 11 + canvas.textWidth(mapClass.label(), LABEL) + 10;
        }
    }

    /** The largest square of which {@code n} fit into a box, at least 1 point. */
    static double tileSize(int n, double width, double height) {
        double size = Math.min(16, Math.max(1, Math.min(width, height)));
        while (size > 1 && Math.floor(width / size) * Math.floor(height / size) < n) {
            size -= 0.25;
        }
        return Math.max(1, size);
    }
}
