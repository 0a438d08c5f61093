package kz.aimaq.reporting.draw;

import java.util.List;

import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Series;

/**
 * Paints a {@link Chart} into a box: bars and stacked bars horizontally (category names, often
 * long Kazakh names of regions, stay readable on the left), lines over categories left to
 * right, a pie with its legend. Title on top, legend at the bottom.
 */
public final class ChartPainter {

    private static final double TITLE = 10;
    private static final double LABEL = 7;

    private ChartPainter() {
    }

    public static void paint(Chart chart, Canvas canvas, double x, double y, double width, double height) {
        canvas.text(Texts.fit(canvas, chart.title(), TITLE, width), x, y + TITLE, TITLE, Canvas.Align.LEFT, Palette.TEXT);
        double top = y + TITLE + 6;
        double legendHeight = chart.kind() == ChartKind.PIE || chart.series().size() > 1 ? legendHeight(chart, canvas, width) : 0;
        double plotHeight = height - (top - y) - legendHeight;
        switch (chart.kind()) {
            case BAR, STACKED_BAR -> bars(chart, canvas, x, top, width, plotHeight, chart.kind() == ChartKind.STACKED_BAR);
            case LINE -> lines(chart, canvas, x, top, width, plotHeight);
            case PIE -> pie(chart, canvas, x, top, width, plotHeight);
        }
        if (legendHeight > 0) {
            legend(chart, canvas, x, y + height - legendHeight + 2, width);
        }
    }

    private static List<String> legendItems(Chart chart) {
        return chart.kind() == ChartKind.PIE ? chart.categories() : chart.series().stream().map(Series::name).toList();
    }

    private static double legendHeight(Chart chart, Canvas canvas, double width) {
        double lineX = 0;
        int lines = 1;
        for (String item : legendItems(chart)) {
            double w = 12 + canvas.textWidth(item, LABEL) + 10;
            if (lineX + w > width && lineX > 0) {
                lines++;
                lineX = 0;
            }
            lineX += w;
        }
        return lines * (LABEL + 5) + 4;
    }

    private static void legend(Chart chart, Canvas canvas, double x, double y, double width) {
        double lineX = 0;
        double lineY = y;
        List<String> items = legendItems(chart);
        for (int i = 0; i < items.size(); i++) {
            double w = 12 + canvas.textWidth(items.get(i), LABEL) + 10;
            if (lineX + w > width && lineX > 0) {
                lineX = 0;
                lineY += LABEL + 5;
            }
            canvas.fillRect(x + lineX, lineY, 8, 8, Palette.series(i));
            canvas.text(items.get(i), x + lineX + 11, lineY + LABEL, LABEL, Canvas.Align.LEFT, Palette.TEXT);
            lineX += w;
        }
    }

    private static double value(Series series, int category) {
        Double v = series.values().get(category);
        return v == null || v.isNaN() ? 0 : v;
    }

    private static void bars(Chart chart, Canvas canvas, double x, double y, double width, double height, boolean stacked) {
        int n = chart.categories().size();
        if (n == 0) {
            return;
        }
        double max = 0;
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (Series s : chart.series()) {
                sum = stacked ? sum + Math.max(0, value(s, c)) : Math.max(sum, value(s, c));
            }
            max = Math.max(max, sum);
        }
        double step = niceStep(max);
        double axisMax = Math.max(step, Math.ceil(max / step) * step);
        double labelWidth = Math.min(width * 0.35, chart.categories().stream()
                .mapToDouble(c -> canvas.textWidth(c, LABEL)).max().orElse(0) + 4);
        double plotX = x + labelWidth;
        double plotWidth = width - labelWidth - 10;
        double plotHeight = height - LABEL - 6;
        for (double t = 0; t <= axisMax + step / 2; t += step) {
            double gx = plotX + plotWidth * t / axisMax;
            canvas.line(gx, y, gx, y + plotHeight, Palette.GRID, 0.5);
            canvas.text(Texts.number(t), gx, y + plotHeight + LABEL + 3, LABEL, Canvas.Align.CENTER, Palette.AXIS);
        }
        double band = plotHeight / n;
        int seriesCount = chart.series().size();
        double barHeight = Math.min(stacked ? band * 0.7 : band * 0.7 / seriesCount, 14);
        // bars and their label centred in the category's band, also where bars are capped thinner than the band
        double groupHeight = stacked ? barHeight : barHeight * seriesCount;
        for (int c = 0; c < n; c++) {
            double by = y + band * c + (band - groupHeight) / 2;
            double labelSize = Math.min(LABEL, band * 0.9);
            canvas.text(Texts.fit(canvas, chart.categories().get(c), labelSize, labelWidth - 4), plotX - 3,
                    y + band * c + band / 2 + labelSize / 3, labelSize, Canvas.Align.RIGHT, Palette.TEXT);
            double offset = 0;
            for (int s = 0; s < seriesCount; s++) {
                double v = Math.max(0, value(chart.series().get(s), c));
                double w = plotWidth * v / axisMax;
                if (stacked) {
                    canvas.fillRect(plotX + offset, by, w, barHeight, Palette.series(s));
                    offset += w;
                } else {
                    canvas.fillRect(plotX, by + barHeight * s, w, barHeight, Palette.series(s));
                }
            }
        }
        canvas.line(plotX, y, plotX, y + plotHeight, Palette.AXIS, 0.8);
    }

    private static void lines(Chart chart, Canvas canvas, double x, double y, double width, double height) {
        int n = chart.categories().size();
        if (n == 0) {
            return;
        }
        double max = chart.series().stream().flatMap(s -> s.values().stream())
                .mapToDouble(v -> v == null ? 0 : v).max().orElse(0);
        double step = niceStep(max);
        double axisMax = Math.max(step, Math.ceil(max / step) * step);
        double axisWidth = canvas.textWidth(Texts.number(axisMax), LABEL) + 6;
        double plotX = x + axisWidth;
        double plotWidth = width - axisWidth - 6;
        double plotHeight = height - LABEL - 8;
        for (double t = 0; t <= axisMax + step / 2; t += step) {
            double gy = y + plotHeight - plotHeight * t / axisMax;
            canvas.line(plotX, gy, plotX + plotWidth, gy, Palette.GRID, 0.5);
            canvas.text(Texts.number(t), plotX - 3, gy + LABEL / 3, LABEL, Canvas.Align.RIGHT, Palette.AXIS);
        }
        double dx = n == 1 ? 0 : plotWidth / (n - 1);
        double lastLabelEnd = -1;
        for (int c = 0; c < n; c++) {
            double cx = plotX + dx * c;
            String label = chart.categories().get(c);
            double w = canvas.textWidth(label, LABEL);
            if (cx - w / 2 > lastLabelEnd + 3) {
                canvas.text(label, cx, y + plotHeight + LABEL + 4, LABEL, Canvas.Align.CENTER, Palette.AXIS);
                lastLabelEnd = cx + w / 2;
            }
        }
        for (int s = 0; s < chart.series().size(); s++) {
            double[] xy = new double[n * 2];
            for (int c = 0; c < n; c++) {
                xy[2 * c] = plotX + dx * c;
                xy[2 * c + 1] = y + plotHeight - plotHeight * value(chart.series().get(s), c) / axisMax;
                canvas.fillRect(xy[2 * c] - 1.5, xy[2 * c + 1] - 1.5, 3, 3, Palette.series(s));
            }
            canvas.polyline(xy, Palette.series(s), 1.5);
        }
        canvas.line(plotX, y + plotHeight, plotX + plotWidth, y + plotHeight, Palette.AXIS, 0.8);
    }

    private static void pie(Chart chart, Canvas canvas, double x, double y, double width, double height) {
        Series series = chart.series().get(0);
        double total = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            total += Math.max(0, value(series, c));
        }
        double radius = Math.max(1, Math.min(width, height) / 2 - 4);
        double cx = x + width / 2;
        double cy = y + height / 2;
        if (total <= 0) {
            canvas.fillPolygon(wedge(cx, cy, radius, 0, 2 * Math.PI), Palette.NO_DATA);
            return;
        }
        double angle = -Math.PI / 2;
        for (int c = 0; c < chart.categories().size(); c++) {
            double sweep = 2 * Math.PI * Math.max(0, value(series, c)) / total;
            if (sweep > 0) {
                canvas.fillPolygon(wedge(cx, cy, radius, angle, sweep), Palette.series(c));
                if (sweep > 0.25) {
                    double mid = angle + sweep / 2;
                    canvas.text(Math.round(100 * value(series, c) / total) + " %", cx + Math.cos(mid) * radius * 0.65,
                            cy + Math.sin(mid) * radius * 0.65 + LABEL / 3, LABEL, Canvas.Align.CENTER, 0xFFFFFF);
                }
            }
            angle += sweep;
        }
    }

    /** A pie slice as a polygon: straight segments of at most 3 degrees look round at any print size. */
    static double[] wedge(double cx, double cy, double radius, double start, double sweep) {
        int segments = Math.max(2, (int) Math.ceil(Math.toDegrees(sweep) / 3));
        boolean full = sweep >= 2 * Math.PI - 1e-9;
        double[] xy = new double[(segments + 1 + (full ? 0 : 1)) * 2];
        int i = 0;
        if (!full) {
            xy[i++] = cx;
            xy[i++] = cy;
        }
        for (int s = 0; s <= segments; s++) {
            double a = start + sweep * s / segments;
            xy[i++] = cx + Math.cos(a) * radius;
            xy[i++] = cy + Math.sin(a) * radius;
        }
        return xy;
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about five grid lines up to {@code max}. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
