package kz.aimaq.registry.ui.internal;

import java.time.LocalDate;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.Unit;

/**
 * A unit's versions and facts, in two tabs. The versions include those under earlier codes
 * that continued as this one (a move to another code), so each row names its code and, where
 * the unit went on under another code, that code.
 */
final class HistoryTables {

    private final Messages messages;
    private final Function<LocalDate, String> date;
    private final Table history;
    private final Table facts;

    HistoryTables(Composite parent, Messages messages, Function<LocalDate, String> date) {
        this.messages = messages;
        this.date = date;
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        history = table(tabs, "tab.history", "column.validFrom", "column.validTo", "field.nameKk", "field.nameRu",
                "column.kind", "column.parent", "column.code", "column.successor");
        facts = table(tabs, "tab.facts", "column.fact", "column.period", "column.value", "column.source");
    }

    void show(UnitDetails details) {
        history.removeAll();
        for (Unit version : details.history()) {
            row(history, date.apply(version.validFrom()),
                    version.validTo() == null ? messages.get("history.current") : date.apply(version.validTo()),
                    version.nameKk(), version.nameRu(), Widgets.kind(messages, version.kind()),
                    version.parentCode() == null ? "" : version.parentCode(), version.code(),
                    version.successorCode() == null ? "" : version.successorCode());
        }
        facts.removeAll();
        for (Fact fact : details.facts()) {
            String key = "fact." + fact.key();
            String period = fact.periodStart().equals(fact.periodEnd()) ? date.apply(fact.periodStart())
                    : date.apply(fact.periodStart()) + " – " + date.apply(fact.periodEnd());
            row(facts, messages.contains(key) ? messages.get(key) : fact.key(), period, fact.value(), fact.source());
        }
        pack(history);
        pack(facts);
    }

    void clear() {
        history.removeAll();
        facts.removeAll();
    }

    Table history() {
        return history;
    }

    Table facts() {
        return facts;
    }

    private Table table(TabFolder tabs, String title, String... columns) {
        TabItem tab = new TabItem(tabs, SWT.NONE);
        tab.setText(messages.get(title));
        Composite holder = new Composite(tabs, SWT.NONE);
        holder.setLayout(new FillLayout());
        Table table = new Table(holder, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : columns) {
            TableColumn created = new TableColumn(table, SWT.LEFT);
            created.setText(messages.get(column));
            created.setWidth(120);
        }
        tab.setControl(holder);
        return table;
    }

    private static void row(Table table, String... cells) {
        new TableItem(table, SWT.NONE).setText(cells);
    }

    private static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }
}
