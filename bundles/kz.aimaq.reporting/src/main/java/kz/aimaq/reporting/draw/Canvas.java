package kz.aimaq.reporting.draw;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A surface to draw on in points, x to the right and y downwards (a PDF page's adapter flips
 * it). Colours are {@code 0xRRGGBB}.
 */
@ConsumerType
public interface Canvas {

    /** Where a text is anchored on its x. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    void fillRect(double x, double y, double width, double height, int rgb);

    void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth);

    /** An open line through points {@code x0, y0, x1, y1, ...}. */
    void polyline(double[] xy, int rgb, double lineWidth);

    /** A closed, filled polygon through points {@code x0, y0, x1, y1, ...}. */
    void fillPolygon(double[] xy, int rgb);

    /** Text with its baseline at {@code y}. */
    void text(String text, double x, double y, double size, Align align, int rgb);

    double textWidth(String text, double size);
}
