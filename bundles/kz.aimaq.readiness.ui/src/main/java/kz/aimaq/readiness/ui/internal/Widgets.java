package kz.aimaq.readiness.ui.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.RankInterval;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/** Layout and formatting helpers shared by the readiness views. */
final class Widgets {

    /** Background of the "synthetic data" banner: a warning yellow that dark text reads well on. */
    static final Color BANNER = new Color(255, 236, 153);

    private Widgets() {
    }

    /** The "synthetic data" banner, hidden until the data shown are synthetic. */
    static Label banner(Composite parent, Messages messages) {
        Label label = MessageLabels.create(parent);
        label.setBackground(BANNER);
        label.setText(messages.get("synthetic.banner"));
        return label;
    }

    /**
     * A bordered table with header and lines, filling its cell of {@code span} columns, headed by
     * {@code keys}: the first column (the indicator names) gets whatever width the others leave,
     * never less than {@code widths[0]}, so that the numbers stay in view however narrow the view
     * is; the others are as wide as their heading, at least their {@code widths}.
     */
    static Table indicatorTable(Composite parent, int span, Messages messages, String[] keys, int[] widths,
            boolean[] leftAligned) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, span, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int others = 0;
        for (int i = 0; i < keys.length; i++) {
            TableColumn column = new TableColumn(table, leftAligned[i] ? SWT.LEFT : SWT.RIGHT);
            column.setText(messages.get(keys[i]));
            column.pack();
            column.setWidth(Math.max(column.getWidth(), widths[i]));
            others += i == 0 ? 0 : column.getWidth();
        }
        // From the widths set here: GTK stretches the last column to the table's edge, and its
        // stretched width would leave the first column nothing.
        int fixed = others;
        table.addListener(SWT.Resize,
                e -> table.getColumn(0).setWidth(Math.max(widths[0], table.getClientArea().width - fixed)));
        return table;
    }

    /** What the views say while there are no results; empty when results are ready. */
    static String statusText(Status status, Messages messages) {
        return switch (status.phase()) {
            case NO_REGISTRY -> messages.get("status.noRegistry");
            case NO_RETURNS -> messages.get("status.noReturns", ReadinessResults.PERIOD);
            case COMPUTING -> messages.get("status.computing", status.progress());
            case CANCELLED -> messages.get("status.cancelled");
            case FAILED -> messages.get("status.failed", status.failure());
            case READY -> "";
        };
    }

    static String score(double score, Locale locale, Messages messages) {
        if (Double.isNaN(score)) {
            return messages.get("score.insufficient");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(score);
    }

    /** A raw indicator value as people of {@code locale} write it, with up to two decimals. */
    static String value(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String percent(double share, Locale locale) {
        return Double.isNaN(share) ? "" : NumberFormat.getPercentInstance(locale).format(share);
    }

    static String interval(RankInterval interval) {
        return interval == null ? "" : interval.low() + "–" + interval.high();
    }
}
