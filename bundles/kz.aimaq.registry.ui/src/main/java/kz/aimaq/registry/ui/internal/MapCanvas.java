package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import kz.aimaq.map.api.ChoroplethLayer.Level;

/**
 * Draws the boundaries of one level, double-buffered: zoom with the wheel around the cursor,
 * pan by dragging, a click (a press and release without a drag) hands the area under the
 * cursor to the view. Outlines of the highlighted codes are drawn thick on top.
 */
final class MapCanvas {

    private static final Color WATER = new Color(0xF4, 0xF7, 0xFA);
    private static final Color LAND = new Color(0xEE, 0xE8, 0xD8);
    private static final Color NO_DATA = new Color(0xC8, 0xC8, 0xC8);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    private static final Color REGION_BORDER = new Color(0x40, 0x40, 0x40);
    private static final Color HIGHLIGHT = new Color(0x1A, 0x4F, 0xD6);
    private static final Color TEXT_BOX = new Color(0xFF, 0xFF, 0xFF);
    /** Pixels the pointer may move between press and release and still count as a click. */
    private static final int CLICK_SLOP = 3;
    private static final double WHEEL_FACTOR = 1.25;

    private final Canvas canvas;
    private final Consumer<Area> onClick;
    private final String loadingText;
    private final String attribution;
    private Boundaries boundaries;
    private Level level = Level.REGION;
    /** Colours of the chosen layer, or {@code null} when no layer is chosen. */
    private Map<String, Integer> fills;
    private Set<String> highlighted = Set.of();
    private double scale;
    private double offsetX;
    private double offsetY;
    private double fitScale;
    private Point pressed;
    private boolean dragged;

    MapCanvas(Composite parent, String loadingText, String attribution, Consumer<Area> onClick) {
        this.loadingText = loadingText;
        this.attribution = attribution;
        this.onClick = onClick;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> {
            if (fitScale == 0) {
                reset();
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, this::zoom);
        canvas.addListener(SWT.MouseDown, event -> {
            if (event.button == 1) {
                pressed = new Point(event.x, event.y);
                dragged = false;
            }
        });
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::release);
    }

    Canvas control() {
        return canvas;
    }

    void setBoundaries(Boundaries loaded) {
        boundaries = loaded;
        reset();
    }

    void setLevel(Level shown) {
        level = shown;
        canvas.redraw();
    }

    /** Colours of a layer by code ({@code null}: no layer chosen, the land is drawn plain). */
    void setFills(Map<String, Integer> colours) {
        fills = colours;
        canvas.redraw();
    }

    void setHighlighted(Set<String> codes) {
        highlighted = Set.copyOf(codes);
        canvas.redraw();
    }

    /** Fits the whole country into the canvas. */
    void reset() {
        Rectangle size = canvas.getClientArea();
        if (boundaries == null || size.width <= 0 || size.height <= 0) {
            fitScale = 0;
            canvas.redraw();
            return;
        }
        double[] box = boundaries.bounds();
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        fitScale = 0.95 * Math.min(size.width / width, size.height / height);
        scale = fitScale;
        offsetX = (size.width - width * scale) / 2 - box[0] * scale;
        offsetY = (size.height - height * scale) / 2 - box[1] * scale;
        canvas.redraw();
    }

    /** Where a longitude/latitude is on the canvas now. */
    Point toScreen(double longitude, double latitude) {
        return new Point((int) Math.round(Boundaries.projectX(longitude) * scale + offsetX),
                (int) Math.round(Boundaries.projectY(latitude) * scale + offsetY));
    }

    /** The area of the shown level under a canvas pixel, if any. */
    Optional<Area> areaAt(int x, int y) {
        if (boundaries == null || scale == 0) {
            return Optional.empty();
        }
        return boundaries.hit(level, (x - offsetX) / scale, (y - offsetY) / scale);
    }

    private void zoom(Event event) {
        if (boundaries == null || fitScale == 0) {
            return;
        }
        double factor = event.count > 0 ? WHEEL_FACTOR : 1 / WHEEL_FACTOR;
        double next = Math.max(fitScale / 2, Math.min(fitScale * 200, scale * factor));
        double mapX = (event.x - offsetX) / scale;
        double mapY = (event.y - offsetY) / scale;
        scale = next;
        offsetX = event.x - mapX * scale;
        offsetY = event.y - mapY * scale;
        canvas.redraw();
    }

    private void move(Event event) {
        if (pressed == null) {
            canvas.setToolTipText(areaAt(event.x, event.y).map(MapCanvas::describe).orElse(null));
            return;
        }
        int dx = event.x - pressed.x;
        int dy = event.y - pressed.y;
        if (!dragged && Math.abs(dx) + Math.abs(dy) <= CLICK_SLOP) {
            return;
        }
        dragged = true;
        offsetX += dx;
        offsetY += dy;
        pressed = new Point(event.x, event.y);
        canvas.redraw();
    }

    private void release(Event event) {
        if (event.button != 1 || pressed == null) {
            return;
        }
        boolean click = !dragged;
        pressed = null;
        if (click) {
            areaAt(event.x, event.y).ifPresent(onClick);
        }
    }

    private static String describe(Area area) {
        return area.nameKk() + " / " + area.nameRu() + (area.code() == null ? "" : " (" + area.code() + ")");
    }

    private void paint(GC gc) {
        Rectangle size = canvas.getClientArea();
        gc.setBackground(WATER);
        gc.fillRectangle(size);
        if (boundaries == null || scale == 0) {
            gc.setForeground(BORDER);
            gc.drawText(loadingText, 10, 10, true);
            drawAttribution(gc, size);
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setFillRule(SWT.FILL_EVEN_ODD);
        List<Area> areas = boundaries.areas(level);
        for (Area area : areas) {
            if (visible(area, size)) {
                gc.setBackground(fill(area));
                draw(gc, area, BORDER, 1, true);
            }
        }
        if (level == Level.DISTRICT) {
            for (Area region : boundaries.regions()) {
                draw(gc, region, REGION_BORDER, 2, false);
            }
        }
        highlight(gc, boundaries.regions(), level == Level.REGION ? 4 : 2);
        if (level == Level.DISTRICT) {
            highlight(gc, areas, 4);
        }
        drawAttribution(gc, size);
    }

    private void highlight(GC gc, List<Area> areas, int width) {
        for (Area area : areas) {
            if (area.code() != null && highlighted.contains(area.code())) {
                draw(gc, area, HIGHLIGHT, width, false);
            }
        }
    }

    private Color fill(Area area) {
        if (fills == null) {
            return LAND;
        }
        Integer rgb = area.code() == null ? null : fills.get(area.code());
        return rgb == null ? NO_DATA : new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private boolean visible(Area area, Rectangle size) {
        double left = area.minX() * scale + offsetX;
        double right = area.maxX() * scale + offsetX;
        double top = area.minY() * scale + offsetY;
        double bottom = area.maxY() * scale + offsetY;
        return right >= 0 && left <= size.width && bottom >= 0 && top <= size.height;
    }

    private void draw(GC gc, Area area, Color line, int width, boolean filled) {
        Path path = new Path(canvas.getDisplay());
        try {
            for (double[] ring : area.rings()) {
                path.moveTo((float) (ring[0] * scale + offsetX), (float) (ring[1] * scale + offsetY));
                for (int i = 2; i < ring.length; i += 2) {
                    path.lineTo((float) (ring[i] * scale + offsetX), (float) (ring[i + 1] * scale + offsetY));
                }
                path.close();
            }
            if (filled) {
                gc.fillPath(path);
            }
            gc.setForeground(line);
            gc.setLineWidth(width);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    private void drawAttribution(GC gc, Rectangle size) {
        Point extent = gc.textExtent(attribution, SWT.DRAW_DELIMITER);
        int x = size.width - extent.x - 6;
        int y = size.height - extent.y - 4;
        gc.setBackground(TEXT_BOX);
        gc.fillRectangle(x - 4, y - 2, extent.x + 8, extent.y + 4);
        gc.setForeground(REGION_BORDER);
        gc.drawText(attribution, x, y, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }
}
