package kz.aimaq.tax.ui.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/** Arrears of the selected unit as of today, largest first, IINs masked, with a CSV export. */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ArrearsView.ID, title = "%view.arrears", perspective = TaxPerspective.ID,
        stack = Stacks.BOTTOM, position = 10)
public final class ArrearsView implements View {

    static final String ID = "kz.aimaq.tax.ui.arrears";

    private final TaxService tax;
    private final Clock clock;
    private BackgroundWork work;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label message;
    private Table table;
    private volatile List<Arrears> shown;
    /** Said after every message while the list holds demo data, so that it is never taken for real arrears. */
    private volatile String syntheticNote = "";

    @Activate
    public ArrearsView(@Reference TaxService tax) {
        this(tax, Clock.systemDefaultZone());
    }

    ArrearsView(TaxService tax, Clock clock) {
        this.tax = tax;
        this.clock = clock;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        work = TaxUi.work("tax arrears", site, messages, () -> message);
        Composite root = TaxUi.column(parent);
        Button export = new Button(root, SWT.PUSH);
        export.setText(messages.get("arrears.export"));
        export.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
            dialog.setFileName("arrears.csv");
            String file = dialog.open();
            if (file != null) {
                export(Path.of(file));
            }
        });
        message = MessageLabels.create(root);
        table = TaxUi.table(root, messages, new String[] {"column.taxpayer", "column.okrug", "column.kbk",
            "column.principal", "column.penalty", "column.due", "column.days", "column.bucket"},
                new int[] {120, 90, 70, 110, 100, 90, 60, 120}, 0);
        site.onSelection(unit -> reload());
        reload();
    }

    @Override
    public void dispose() {
        if (work != null) {
            work.close();
        }
    }

    List<Arrears> shown() {
        return shown;
    }

    private void reload() {
        Optional<String> unit = TaxUi.unitInFocus(site);
        if (unit.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        work.run(() -> {
            try {
                List<Arrears> arrears = tax.arrears(unit.get(), today);
                boolean synthetic = tax.hasSyntheticData(unit.get());
                site.asyncExec(() -> show(arrears, today, synthetic));
            } catch (NotPermittedException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("dashboard.aggregatesOnly"), false));
            }
        });
    }

    private void show(List<Arrears> arrears, LocalDate today, boolean synthetic) {
        if (table.isDisposed()) {
            return;
        }
        TaxUi.fill(table, arrears.stream().map(a -> new String[] {IdCheck.shown(a.taxpayerId()), a.okrug(), a.kbk(),
            TaxUi.money(a.principalTiyn(), locale), TaxUi.money(a.penaltyTiyn(), locale),
            a.oldestDue() == null ? "" : a.oldestDue().toString(), Long.toString(a.daysOverdue()),
            a.bucket() == null ? "" : messages.get("bucket." + a.bucket().name())}).toList());
        syntheticNote = synthetic ? " — " + messages.get("synthetic.banner") : "";
        MessageLabels.show(message, messages.get("arrears.count", arrears.size(), today.toString()) + syntheticNote,
                false);
        shown = arrears;
    }

    /** Writes the arrears of the unit in focus to a CSV file, off the UI thread. */
    void export(Path file) {
        Optional<String> unit = TaxUi.unitInFocus(site);
        if (unit.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        work.run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                tax.exportArrears(unit.get(), today, locale, out);
                site.asyncExec(() -> MessageLabels.show(message, messages.get("arrears.exported", file) + syntheticNote,
                        false));
            } catch (NotPermittedException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("refused"), true));
            } catch (java.io.IOException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("arrears.notWritten", file), true));
            }
        });
    }
}
