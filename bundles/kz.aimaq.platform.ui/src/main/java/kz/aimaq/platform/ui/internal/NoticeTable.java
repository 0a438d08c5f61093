package kz.aimaq.platform.ui.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import kz.aimaq.workbench.api.widgets.MessageLabels;

/** A read-only table with a message line above it for an absent service or a failed read. */
final class NoticeTable {

    private final Composite root;
    private final Label notice;
    private final Table table;

    NoticeTable(Composite parent, List<String> headers) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        notice = MessageLabels.create(root);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : headers) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.pack();
        }
    }

    boolean isDisposed() {
        return root.isDisposed();
    }

    /** The table with its notice line. */
    Composite control() {
        return root;
    }

    Table table() {
        return table;
    }

    /** Replaces the rows and clears the notice. */
    void showRows(List<String[]> rows) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (String[] row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int column = 0; column < row.length; column++) {
                    // A field the service left out shows as an empty cell; SWT refuses null.
                    item.setText(column, Objects.toString(row[column], ""));
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
        showNotice("");
    }

    /** Shows why the table is empty or stale; an empty text hides the notice. */
    void showNotice(String text) {
        MessageLabels.show(notice, text, true);
        root.layout(true, true);
    }

    void setFocus() {
        table.setFocus();
    }
}
