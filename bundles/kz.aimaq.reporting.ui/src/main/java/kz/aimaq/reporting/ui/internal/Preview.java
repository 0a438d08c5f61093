package kz.aimaq.reporting.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.ColumnType;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Paragraph;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Section;

/** A result shown in the window: title, metadata, and each section's tables, charts and maps. */
final class Preview {

    /** More rows than this are left to the exported files: a preview is for looking. */
    static final int MAX_ROWS = 1000;

    private final ScrolledComposite scroll;
    private final Messages messages;
    private Composite content;
    private Font bold;

    Preview(Composite parent, Messages messages) {
        this.messages = messages;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        FontData data = parent.getFont().getFontData()[0];
        bold = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
        scroll.addDisposeListener(e -> bold.dispose());
    }

    Control control() {
        return scroll;
    }

    Composite content() {
        return content;
    }

    void show(ReportResult result) {
        if (content != null) {
            content.dispose();
        }
        content = new Composite(scroll, SWT.NONE);
        content.setBackground(scroll.getBackground());
        content.setLayout(new GridLayout(1, false));
        label(result.title(), bold, SWT.COLOR_BLACK);
        if (result.metadata().synthetic()) {
            label(messages.get("preview.synthetic"), bold, SWT.COLOR_DARK_RED);
        }
        result.metadata().parameters().forEach((k, v) -> label(k + ": " + v, null, SWT.COLOR_DARK_GRAY));
        for (DataSource source : result.metadata().sources()) {
            label(messages.get("preview.source", source.name(), source.asOf() == null ? "—" : source.asOf().toString())
                    + (source.synthetic() ? " — " + messages.get("preview.syntheticSource") : ""), null, SWT.COLOR_DARK_GRAY);
        }
        result.metadata().notes().forEach(note -> label(note, null, SWT.COLOR_DARK_GRAY));
        for (Section section : result.sections()) {
            label(section.title(), bold, SWT.COLOR_BLACK);
            for (Block block : section.blocks()) {
                if (block instanceof kz.aimaq.reporting.api.Table table) {
                    table(table, result.locale());
                } else if (block instanceof Chart || block instanceof MapPanel) {
                    BlockCanvas canvas = new BlockCanvas(content, block);
                    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
                    data.heightHint = block instanceof MapPanel ? 380 : 300;
                    data.widthHint = 760;
                    canvas.setLayoutData(data);
                } else if (block instanceof Paragraph paragraph) {
                    label(paragraph.text(), null, SWT.COLOR_BLACK);
                }
            }
        }
        scroll.setContent(content);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        content.layout(true, true);
    }

    private void label(String text, Font font, int colour) {
        Label label = new Label(content, SWT.WRAP);
        label.setText(text);
        label.setBackground(content.getBackground());
        label.setForeground(content.getDisplay().getSystemColor(colour));
        if (font != null) {
            label.setFont(font);
        }
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private void table(kz.aimaq.reporting.api.Table model, Locale locale) {
        if (!model.title().isEmpty()) {
            label(model.title(), null, SWT.COLOR_BLACK);
        }
        Table table = new Table(content, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column column : model.columns()) {
            TableColumn c = new TableColumn(table, column.numeric() ? SWT.RIGHT : SWT.LEFT);
            c.setText(column.unit().isEmpty() ? column.title() : column.title() + ", " + column.unit());
        }
        int shown = 0;
        for (Row row : model.rows()) {
            if (shown++ >= MAX_ROWS && row.kind() != RowKind.TOTAL) {
                continue;
            }
            TableItem item = new TableItem(table, SWT.NONE);
            for (int c = 0; c < model.columns().size(); c++) {
                String text = text(model.columns().get(c), row.cell(c), locale);
                item.setText(c, c == 1 ? "   ".repeat(row.level()) + text : text);
            }
            if (row.kind() != RowKind.DETAIL) {
                item.setFont(bold);
            }
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = Math.min(420, (Math.min(model.rows().size(), MAX_ROWS) + 1) * table.getItemHeight() + 8);
        table.setLayoutData(data);
        if (model.rows().size() > MAX_ROWS) {
            label(messages.get("preview.moreRows", model.rows().size() - MAX_ROWS), null, SWT.COLOR_DARK_GRAY);
        }
    }

    static String text(Column column, Object cell, Locale locale) {
        if (cell == null) {
            return "";
        }
        if (column.type() == ColumnType.PERCENT) {
            return String.format(locale, "%1$.1f", ((BigDecimal) cell).movePointRight(2).setScale(1, RoundingMode.HALF_UP));
        }
        if (cell instanceof Long l) {
            return String.format(locale, "%1$,d", l).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        if (cell instanceof BigDecimal d) {
            return String.format(locale, "%1$,." + Math.max(0, column.type() == ColumnType.MONEY ? 2 : column.scale()) + "f", d)
                    .replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        return cell.toString();
    }
}
