package kz.aimaq.reporting.internal;

import java.util.Locale;

import kz.aimaq.reporting.draw.Canvas;

/** Draws into an inline SVG element of an HTML page. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg;

    SvgCanvas(StringBuilder svg) {
        this.svg = svg;
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%1$.1f", v);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(colour(rgb)).append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour(rgb)).append("\" stroke-width=\"")
                .append(n(lineWidth)).append("\"/>\n");
    }

    @Override
    public void polyline(double[] xy, int rgb, double lineWidth) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour(rgb)).append("\" stroke-width=\"").append(n(lineWidth))
                .append("\" points=\"").append(points(xy)).append("\"/>\n");
    }

    @Override
    public void fillPolygon(double[] xy, int rgb) {
        svg.append("<polygon fill=\"").append(colour(rgb)).append("\" points=\"").append(points(xy)).append("\"/>\n");
    }

    private static String points(double[] xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.append(n(xy[i])).append(',').append(n(xy[i + 1])).append(' ');
        }
        return points.toString().trim();
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, int rgb) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour(rgb)).append("\">")
                .append(Html.escape(text)).append("</text>\n");
    }

    /** An estimate: the browser measures the real text; DejaVu Sans averages about 0.55 em a letter. */
    @Override
    public double textWidth(String text, double size) {
        return text.length() * size * 0.55;
    }
}
