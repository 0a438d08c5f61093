package kz.aimaq.tax.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.InvalidInputException;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.PaymentImportPreview;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * Imports a bank payment file: choose, preview (totals per КБК, duplicates skipped, or every bad
 * row by line and field), then import all of it or nothing, as a job with progress.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = PaymentsImportView.ID, title = "%view.import", perspective = TaxPerspective.ID,
        stack = Stacks.BOTTOM, position = 20)
public final class PaymentsImportView implements View {

    static final String ID = "kz.aimaq.tax.ui.import";

    private final TaxService tax;
    private final JobService jobs;
    private BackgroundWork work;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label message;
    private Table table;
    private Button importButton;
    private volatile PaymentImportPreview preview;

    @Activate
    public PaymentsImportView(@Reference TaxService tax,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) JobService jobs) {
        this.tax = tax;
        this.jobs = jobs;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        work = TaxUi.work("tax payment import", site, messages, () -> message);
        Composite root = TaxUi.column(parent);
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new RowLayout());
        Button choose = new Button(buttons, SWT.PUSH);
        choose.setText(messages.get("import.choose"));
        choose.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx", "*.csv", "*.xlsx", "*"});
            String file = dialog.open();
            if (file != null) {
                preview(Path.of(file));
            }
        });
        importButton = new Button(buttons, SWT.PUSH);
        importButton.setText(messages.get("import.apply"));
        importButton.setEnabled(false);
        importButton.addListener(SWT.Selection, e -> apply());
        message = MessageLabels.create(root);
        table = TaxUi.table(root, messages, new String[] {"column.what", "column.value"}, new int[] {240, 300}, 0,
                "column.value");
    }

    @Override
    public void dispose() {
        if (work != null) {
            work.close();
        }
    }

    PaymentImportPreview preview() {
        return preview;
    }

    Label message() {
        return message;
    }

    /** Reads the file off the UI thread and shows what importing it would do, or why it cannot. */
    void preview(Path file) {
        preview = null;
        importButton.setEnabled(false);
        MessageLabels.show(message, messages.get("loading"), false);
        work.run(() -> {
            try {
                PaymentImportPreview read = tax.previewPayments(file);
                site.asyncExec(() -> showPreview(read));
            } catch (InvalidInputException e) {
                site.asyncExec(() -> showProblems(e));
            } catch (java.io.IOException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("import.unreadable", file), true));
            }
        });
    }

    private void showPreview(PaymentImportPreview read) {
        if (table.isDisposed()) {
            return;
        }
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (Map.Entry<String, Long> e : read.totalsByKbk().entrySet()) {
            rows.add(new String[] {messages.get("import.kbk", e.getKey()), TaxUi.money(e.getValue(), locale)});
        }
        if (!read.duplicateLines().isEmpty()) {
            rows.add(new String[] {messages.get("import.duplicates"), read.duplicateLines().toString()});
        }
        TaxUi.fill(table, rows);
        MessageLabels.show(message, messages.get("import.previewed", read.file(), read.payments().size(),
                read.duplicateLines().size()), false);
        preview = read;
        importButton.setEnabled(!read.payments().isEmpty());
    }

    private void showProblems(InvalidInputException e) {
        if (table.isDisposed()) {
            return;
        }
        TaxUi.fill(table, e.problems().stream().map(p -> new String[] {p.file() + ":" + p.line() + ":" + p.field(),
            p.reason()}).toList());
        MessageLabels.show(message, messages.get("import.refused", e.problems().size()), true);
    }

    private void apply() {
        PaymentImportPreview toImport = preview;
        if (toImport == null) {
            return;
        }
        importButton.setEnabled(false);
        work.job(jobs, messages.get("job.import"), monitor -> {
            monitor.subTask(toImport.file());
            try {
                int written = tax.importPayments(toImport);
                site.asyncExec(() -> MessageLabels.show(message, messages.get("import.done", written, toImport.file()),
                        false));
            } catch (InvalidInputException e) {
                site.asyncExec(() -> showProblems(e));
            } catch (NotPermittedException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("refused"), true));
            }
        });
    }
}
