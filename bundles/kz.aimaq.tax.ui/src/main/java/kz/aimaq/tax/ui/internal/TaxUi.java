package kz.aimaq.tax.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/** What the tax views share: money and percent in the user's locale, tables, the unit in focus. */
final class TaxUi {

    /**
     * A view's background work whose failure says "failed" in the view's message line, read when
     * it fails (the line is made after the work).
     */
    static BackgroundWork work(String name, ViewSite site, Messages messages, Supplier<Label> message) {
        return new BackgroundWork(name, (what, e) -> site.asyncExec(
                () -> MessageLabels.show(message.get(), messages.get("failed"), true)));
    }

    /** A view's root: its parts one under another. */
    static Composite column(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        return root;
    }

    /** The columns that hold amounts, percents or counts. */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("column.plan", "column.actual",
            "column.percent", "column.forecast", "column.amount", "column.principal", "column.penalty", "column.days",
            "calendar.late", "calendar.owed");

    private TaxUi() {
    }

    /** Tenge with grouping and two decimals, exact from tiyn. */
    static String money(long tiyn, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(tiyn, 2));
    }

    static String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + " %";
    }

    /** Table data: the column that takes the table's spare width. */
    private static final String STRETCH = "kz.aimaq.tax.ui.stretch";
    /** Table data: each column's least width (as asked) and width fitted to its contents. */
    private static final String MIN_WIDTHS = "kz.aimaq.tax.ui.minWidths";
    private static final String FITTED_WIDTHS = "kz.aimaq.tax.ui.fittedWidths";
    /** Table data: the stretch column ends at the table's edge, its texts shortened with "…" (see {@link #cutAtEdge}). */
    private static final String CUT_AT_EDGE = "kz.aimaq.tax.ui.cutAtEdge";
    /** Item data in such a table: the stretch column's whole text. */
    private static final String WHOLE_TEXT = "kz.aimaq.tax.ui.wholeText";
    /** The room a cell's text leaves for its margins, in pixels. */
    private static final int CELL_MARGINS = 14;

    /** As {@link #table(Composite, Messages, String[], int[], int, String)} with the spare width left empty. */
    static Table table(Composite parent, Messages messages, String[] keys, int[] widths, int heightHint) {
        return table(parent, messages, keys, widths, heightHint, null);
    }

    /**
     * A table with localised column headers that fills its row of a one-column grid; columns whose
     * key is listed in {@link #NUMERIC} are right-aligned. {@link #fill} sizes each column to its
     * header and contents (at least the width asked) and gives the width left over to the column
     * {@code stretchKey} (the one holding names or texts), or, when that is {@code null}, to an empty
     * last column: GTK widens a table's last column to the table's edge, which would otherwise pull
     * a figure column away from its header and take the width a name needs.
     */
    static Table table(Composite parent, Messages messages, String[] keys, int[] widths, int heightHint,
            String stretchKey) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int stretch = keys.length;
        for (int i = 0; i < keys.length; i++) {
            TableColumn column = new TableColumn(table, NUMERIC.contains(keys[i]) ? SWT.RIGHT : SWT.LEFT);
            column.setText(messages.get(keys[i]));
            column.setWidth(widths[i]);
            if (keys[i].equals(stretchKey)) {
                stretch = i;
            }
        }
        int[] least = java.util.Arrays.copyOf(widths, keys.length + 1);
        if (stretch == keys.length) {
            new TableColumn(table, SWT.LEFT).setWidth(0);
        }
        table.setData(STRETCH, stretch);
        table.setData(MIN_WIDTHS, least);
        table.setData(FITTED_WIDTHS, least.clone());
        table.addListener(SWT.Resize, e -> spread(table));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, heightHint <= 0);
        if (heightHint > 0) {
            data.heightHint = heightHint;
        }
        table.setLayoutData(data);
        return table;
    }

    /** Replaces the table's rows and fits its columns to them; the new items, e.g. to colour them. */
    static List<TableItem> fill(Table table, List<String[]> rows) {
        table.setRedraw(false);
        try {
            table.removeAll();
            List<TableItem> items = new java.util.ArrayList<>(rows.size());
            int stretch = (Integer) table.getData(STRETCH);
            boolean cut = Boolean.TRUE.equals(table.getData(CUT_AT_EDGE));
            for (String[] row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(row);
                if (cut) {
                    item.setData(WHOLE_TEXT, row[stretch]);
                }
                items.add(item);
            }
            fit(table);
            return items;
        } finally {
            table.setRedraw(true);
        }
    }

    /** Each column as wide as its header and contents, at least the width asked, then the spare width spread. */
    private static void fit(Table table) {
        int[] least = (int[]) table.getData(MIN_WIDTHS);
        int[] fitted = (int[]) table.getData(FITTED_WIDTHS);
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getText().isEmpty()) {
                fitted[i] = 0;
                continue;
            }
            columns[i].pack();
            fitted[i] = Math.max(least[i], columns[i].getWidth());
            columns[i].setWidth(fitted[i]);
        }
        spread(table);
    }

    /**
     * For a table whose stretch column holds long texts shown whole elsewhere (the chosen assessment's
     * computation, below its table): that column ends at the table's edge and each text that does not
     * fit ends with "…", instead of running past the edge, cut with no sign. {@link #wholeText} gives
     * a cell's whole text.
     */
    static void cutAtEdge(Table table) {
        table.setData(CUT_AT_EDGE, Boolean.TRUE);
    }

    /** The cell's whole text, also where the table shortened it ({@link #cutAtEdge}). */
    static String wholeText(TableItem item, int column) {
        Table table = item.getParent();
        Object whole = item.getData(WHOLE_TEXT);
        return whole != null && column == (Integer) table.getData(STRETCH) ? (String) whole : item.getText(column);
    }

    /**
     * Gives the width the other columns leave to the stretch column, never less than its fitted width;
     * in a table {@link #cutAtEdge}, never less than the width asked, and its texts shortened to it.
     */
    private static void spread(Table table) {
        int stretch = (Integer) table.getData(STRETCH);
        boolean cut = Boolean.TRUE.equals(table.getData(CUT_AT_EDGE));
        int[] least = (int[]) table.getData(cut ? MIN_WIDTHS : FITTED_WIDTHS);
        TableColumn[] columns = table.getColumns();
        int others = 0;
        for (int i = 0; i < columns.length; i++) {
            if (i != stretch) {
                others += columns[i].getWidth();
            }
        }
        int width = Math.max(least[stretch], table.getClientArea().width - others);
        columns[stretch].setWidth(width);
        if (cut) {
            shorten(table, stretch, width - CELL_MARGINS);
        }
    }

    private static void shorten(Table table, int column, int room) {
        GC gc = new GC(table);
        try {
            for (TableItem item : table.getItems()) {
                String whole = (String) item.getData(WHOLE_TEXT);
                if (whole != null) {
                    item.setText(column, fitting(gc, whole, room));
                }
            }
        } finally {
            gc.dispose();
        }
    }

    /** The text, or its longest beginning that fits the room with "…" after it. */
    static String fitting(GC gc, String text, int room) {
        if (gc.textExtent(text).x <= room) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (gc.textExtent(text.substring(0, middle) + "…").x <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return text.substring(0, low).stripTrailing() + "…";
    }

    /** The selected unit, or the user's region when nothing is selected. */
    static Optional<String> unitInFocus(ViewSite site) {
        Optional<SelectedUnit> selected = site.selection();
        if (selected.isPresent()) {
            return Optional.of(selected.get().kato());
        }
        return site.user().region() == null ? Optional.empty() : Optional.of(site.user().region().code());
    }

    static String unitName(ViewSite site, String kato) {
        Optional<SelectedUnit> selected = site.selection();
        if (selected.isPresent() && selected.get().kato().equals(kato)) {
            return selected.get().name(site.messages().locale());
        }
        return site.user().region() != null && site.user().region().code().equals(kato)
                ? site.user().region().name(site.messages().locale()) : kato;
    }

    /** КБК names in the locale's language from the reference table. */
    static Map<String, String> kbkNames(TaxService tax, Locale locale) {
        int column = switch (locale.getLanguage()) {
            case "kk" -> 6;
            case "ru" -> 5;
            default -> 4;
        };
        Map<String, String> names = new HashMap<>();
        List<ReferenceRow> rows = tax.referenceTable("kbk");
        for (ReferenceRow row : rows) {
            names.put(row.values().get(0), row.values().get(column));
        }
        return names;
    }
}
