package kz.aimaq.tax.ui.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import kz.aimaq.platform.api.l10n.Messages;

/** Receipts per month as bars, with the plan's even monthly pace as a dashed line, drawn with GC. */
final class MonthlyChart {

    private static final Color BAR = new Color(46, 125, 50);
    private static final Color PACE = new Color(198, 40, 40);

    private final Canvas canvas;
    private final Messages messages;
    private long[] months = new long[12];
    private long planTiyn;

    MonthlyChart(Composite parent, Messages messages) {
        this.messages = messages;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 190;
        canvas.setLayoutData(data);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(List<Long> monthlyTotal, long plan) {
        for (int i = 0; i < 12; i++) {
            months[i] = monthlyTotal.get(i);
        }
        planTiyn = plan;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Locale locale = messages.locale();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String legend = messages.get("chart.legend");
        gc.drawText(legend, 8, 4, true);
        int top = 8 + gc.textExtent(legend).y;
        int bottom = area.height - gc.textExtent("Ag").y - 6;
        int left = 10;
        int width = area.width - 20;
        long pace = planTiyn / 12;
        long max = Math.max(1, pace);
        for (long m : months) {
            max = Math.max(max, m);
        }
        int slot = width / 12;
        for (int i = 0; i < 12; i++) {
            int height = (int) ((bottom - top) * (double) months[i] / max);
            gc.setBackground(BAR);
            gc.fillRectangle(left + i * slot + 3, bottom - height, slot - 6, height);
            String name = Month.of(i + 1).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            Point extent = gc.textExtent(name);
            gc.drawText(name, left + i * slot + (slot - extent.x) / 2, bottom + 3, true);
        }
        if (pace > 0) {
            int y = bottom - (int) ((bottom - top) * (double) pace / max);
            gc.setForeground(PACE);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(2);
            gc.drawLine(left, y, left + width, y);
        }
    }
}
