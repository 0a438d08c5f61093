package kz.aimaq.tax.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The dated reference tables in force (MCI, base rate, rates, due dates, КБК): every row with its
 * validity, source and confidence; rows TAX.md marks [M] or [L] are flagged unverified in red.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ReferenceView.ID, title = "%view.reference", perspective = TaxPerspective.ID,
        stack = Stacks.BOTTOM, position = 30)
public final class ReferenceView implements View {

    static final String ID = "kz.aimaq.tax.ui.reference";

    /** The tables as the service and the command line name them, in the order shown. */
    static final List<String> TABLES = List.of("mci", "base_rate", "penalty", "vehicle_rates", "vehicle_age",
            "property_scale", "property_owner_total", "land_rates", "kbk", "due_dates");

    private final TaxService tax;
    private Messages messages;
    private Combo tables;
    private Table table;
    private Label summary;
    private volatile String shownTable;

    @Activate
    public ReferenceView(@Reference TaxService tax) {
        this.tax = tax;
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        messages = site.messages();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        tables = new Combo(root, SWT.READ_ONLY);
        for (String name : TABLES) {
            tables.add(messages.get("reference.table." + name));
        }
        summary = new Label(root, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite holder = new Composite(root, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        holder.setLayout(new GridLayout(1, false));
        table = TaxUi.table(holder, messages, new String[] {"reference.values", "reference.from", "reference.to",
            "reference.confidence", "reference.source"}, new int[] {300, 100, 100, 140, 300}, 0, "reference.source");
        tables.addListener(SWT.Selection, e -> show(TABLES.get(tables.getSelectionIndex())));
        show(TABLES.get(0));
    }

    /** Shows one table's rows; reading them is a look-up in memory, so it stays on the UI thread. */
    void show(String name) {
        List<ReferenceRow> rows = tax.referenceTable(name);
        tables.select(TABLES.indexOf(name));
        List<String[]> texts = new java.util.ArrayList<>();
        for (ReferenceRow row : rows) {
            String letter = row.confidence().name().substring(0, 1);
            texts.add(new String[] {String.join(" · ", row.values().stream().map(v -> v.isEmpty() ? "—" : v).toList()),
                row.validFrom().toString(),
                row.validTo() == null ? "" : row.validTo().toString(),
                row.confidence().unverified() ? "[" + letter + "] " + messages.get("reference.unverified")
                        : "[" + letter + "]", row.source()});
        }
        List<TableItem> items = TaxUi.fill(table, texts);
        int unverified = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).confidence().unverified()) {
                items.get(i).setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                unverified++;
            }
        }
        summary.setText(messages.get("reference.summary", rows.size(), unverified));
        summary.getParent().layout(true, true);
        shownTable = name;
    }

    String shownTable() {
        return shownTable;
    }
}
