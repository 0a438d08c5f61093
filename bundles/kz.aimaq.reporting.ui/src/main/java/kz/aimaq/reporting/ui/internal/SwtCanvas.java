package kz.aimaq.reporting.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

import kz.aimaq.reporting.draw.Canvas;

/**
 * The painters' canvas on an SWT graphics context: the window draws charts and maps with the
 * very code the PDF and HTML writers use. Colours and fonts made here are disposed with it.
 */
final class SwtCanvas implements Canvas, AutoCloseable {

    private final GC gc;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();

    SwtCanvas(GC gc) {
        this.gc = gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(gc.getDevice(), (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    private void font(double size) {
        int points = Math.max(5, (int) Math.round(size * 0.9));
        gc.setFont(fonts.computeIfAbsent(points, p -> new Font(gc.getDevice(), "DejaVu Sans", p, SWT.NORMAL)));
    }

    private static int[] ints(double[] xy) {
        int[] points = new int[xy.length];
        for (int i = 0; i < xy.length; i++) {
            points[i] = (int) Math.round(xy[i]);
        }
        return points;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        gc.setBackground(colour(rgb));
        gc.fillRectangle((int) Math.round(x), (int) Math.round(y), (int) Math.max(1, Math.round(width)),
                (int) Math.max(1, Math.round(height)));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth) {
        gc.setForeground(colour(rgb));
        gc.setLineWidth((int) Math.max(1, Math.round(lineWidth)));
        gc.drawLine((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
    }

    @Override
    public void polyline(double[] xy, int rgb, double lineWidth) {
        gc.setForeground(colour(rgb));
        gc.setLineWidth((int) Math.max(1, Math.round(lineWidth)));
        gc.drawPolyline(ints(xy));
    }

    @Override
    public void fillPolygon(double[] xy, int rgb) {
        gc.setBackground(colour(rgb));
        gc.fillPolygon(ints(xy));
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, int rgb) {
        font(size);
        Point extent = gc.textExtent(text);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - extent.x / 2.0;
            case RIGHT -> x - extent.x;
        };
        gc.setForeground(colour(rgb));
        // SWT draws from the top of the line; the painters give the baseline
        gc.drawText(text, (int) Math.round(left), (int) Math.round(y - gc.getFontMetrics().getAscent()), true);
    }

    @Override
    public double textWidth(String text, double size) {
        font(size);
        return gc.textExtent(text).x;
    }

    @Override
    public void close() {
        colours.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
    }
}
