package kz.aimaq.readiness.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Methodology;

/** One horizontal bar per pillar, as long as its score and in the colour of its band. */
final class PillarChart {

    private static final int ROW = 24;
    private static final Color TRACK = new Color(230, 230, 230);
    private static final Color INSUFFICIENT = new Color(190, 190, 190);

    /**
     * @param name  the pillar's name
     * @param score its score, NaN when insufficient
     */
    record Bar(String name, double score) {
    }

    private final Canvas canvas;
    private final Messages messages;
    private Methodology methodology;
    private List<Bar> bars = List.of();

    PillarChart(Composite parent, Messages messages) {
        this.messages = messages;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = ROW;
        canvas.setLayoutData(data);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    Canvas control() {
        return canvas;
    }

    void show(Methodology scoredBy, List<Bar> pillars) {
        methodology = scoredBy;
        bars = List.copyOf(pillars);
        ((GridData) canvas.getLayoutData()).heightHint = Math.max(1, bars.size()) * ROW;
        // the numbers as text too: for screen readers, and for whoever hovers
        canvas.setToolTipText(bars.stream()
                .map(b -> b.name() + ": " + Widgets.score(b.score(), messages.locale(), messages))
                .collect(Collectors.joining("\n")));
        canvas.redraw();
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        int labelWidth = size.x * 2 / 5;
        int valueWidth = 56;
        int barWidth = Math.max(10, size.x - labelWidth - valueWidth - 12);
        Locale locale = messages.locale();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            gc.drawText(fitted(gc, bar.name(), labelWidth), 0, y + 4, true);
            int x = labelWidth + 6;
            gc.setBackground(TRACK);
            gc.fillRectangle(x, y + 4, barWidth, ROW - 8);
            if (!Double.isNaN(bar.score())) {
                int length = (int) Math.round(barWidth * bar.score() / methodology.scale());
                gc.setBackground(methodology.band(bar.score())
                        .map(b -> new Color(rgb(BandColours.of(methodology, b)))).orElse(INSUFFICIENT));
                gc.fillRectangle(x, y + 4, length, ROW - 8);
            }
            gc.drawText(Widgets.score(bar.score(), locale, messages), x + barWidth + 6, y + 4, true);
        }
    }

    /** {@code text}, cut with an ellipsis where it would run into the bar; the tooltip has it whole. */
    static String fitted(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && gc.textExtent(text.substring(0, end).stripTrailing() + "…").x > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static RGB rgb(int colour) {
        return new RGB(colour >> 16 & 0xFF, colour >> 8 & 0xFF, colour & 0xFF);
    }
}
