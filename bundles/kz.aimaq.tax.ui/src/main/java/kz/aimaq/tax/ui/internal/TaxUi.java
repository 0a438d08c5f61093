package kz.aimaq.tax.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;

/** What the tax views share: money and percent in the user's locale, tables, the unit in focus. */
final class TaxUi {

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

    /**
     * A table with localised column headers that fills its row of a one-column grid; columns whose
     * key is listed in {@code numeric} are right-aligned.
     */
    static Table table(Composite parent, Messages messages, String[] keys, int[] widths, int heightHint) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < keys.length; i++) {
            TableColumn column = new TableColumn(table, NUMERIC.contains(keys[i]) ? SWT.RIGHT : SWT.LEFT);
            column.setText(messages.get(keys[i]));
            column.setWidth(widths[i]);
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, heightHint <= 0);
        if (heightHint > 0) {
            data.heightHint = heightHint;
        }
        table.setLayoutData(data);
        return table;
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
