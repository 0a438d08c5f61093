package kz.aimaq.reporting.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.Parameter;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The report catalogue (only reports of modules enabled for the user's region), a parameter
 * form, the preview, export to PDF, XLSX, CSV or HTML as a job with progress and cancel, and print.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ReportsView.ID, title = "%view.reports", perspective = Perspectives.HOME, stack = Stacks.MAIN,
        position = 2)
public final class ReportsView implements View {

    static final String ID = "kz.aimaq.reporting.ui.reports";

    private final ReportsModel model;
    private ViewSite site;
    private Messages messages;
    private Composite root;
    private org.eclipse.swt.widgets.List list;
    private List<Report> reports = List.of();
    private Text unit;
    private Text period;
    private Text asOf;
    private Combo format;
    private Button export;
    private Button print;
    private Label status;
    private Preview preview;
    private ReportResult shown;
    private Consumer<ReportsModel.Opening> opener;

    @Activate
    public ReportsView(@Reference ReportsModel model) {
        this.model = model;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        new Label(left, SWT.NONE).setText(messages.get("reports.catalogue"));
        list = new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        Composite form = new Composite(right, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.setLayout(new GridLayout(11, false));
        unit = field(form, messages.get("reports.unit"), 110);
        period = field(form, messages.get("reports.period"), 80);
        asOf = field(form, messages.get("reports.asOf"), 100);
        Button make = new Button(form, SWT.PUSH);
        make.setText(messages.get("reports.preview"));
        format = new Combo(form, SWT.READ_ONLY);
        for (OutputFormat f : OutputFormat.values()) {
            format.add(f.name());
        }
        format.select(0);
        export = new Button(form, SWT.PUSH);
        export.setText(messages.get("reports.export"));
        print = new Button(form, SWT.PUSH);
        print.setText(messages.get("reports.print"));
        status = MessageLabels.create(right);
        preview = new Preview(right, messages);
        preview.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(22, 78);

        String scope = model.catalog().scope();
        unit.setText(scope == null ? "" : scope);
        asOf.setText(LocalDate.now().toString());
        list.addListener(SWT.Selection, e -> selectionChanged());
        make.addListener(SWT.Selection, e -> make());
        export.addListener(SWT.Selection, e -> export());
        print.addListener(SWT.Selection, e -> print());
        export.setEnabled(false);
        print.setEnabled(false);
        opener = opening -> site.asyncExec(() -> open(opening));
        model.onOpen(opener);
        model.read(() -> {
            List<Report> found = model.catalog().reports();
            site.asyncExec(() -> fill(found));
        });
    }

    private Text field(Composite form, String label, int width) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        GridData data = new GridData();
        data.widthHint = width;
        text.setLayoutData(data);
        return text;
    }

    private void fill(List<Report> found) {
        if (list.isDisposed()) {
            return;
        }
        reports = found;
        list.removeAll();
        for (Report report : found) {
            list.add(report.title().get(messages.locale()));
        }
        if (found.isEmpty()) {
            MessageLabels.show(status, messages.get("reports.none"), false);
        }
    }

    private void selectionChanged() {
        Report report = selected();
        if (report == null) {
            return;
        }
        period.setEnabled(report.parameters().contains(Parameter.PERIOD));
        MessageLabels.show(status, messages.get("reports.parameters", report.id()), false);
    }

    private Report selected() {
        int index = list.getSelectionIndex();
        return index < 0 || index >= reports.size() ? null : reports.get(index);
    }

    /** Shows a report a Home tile asked for, and makes it. */
    void open(ReportsModel.Opening opening) {
        if (root.isDisposed()) {
            return;
        }
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).id().equals(opening.reportId())) {
                list.select(i);
                selectionChanged();
                unit.setText(opening.unit() == null ? "" : opening.unit());
                site.showView(ID);
                make();
                return;
            }
        }
        MessageLabels.show(status, messages.get("reports.unavailable", opening.reportId()), true);
    }

    private void make() {
        Report report = selected();
        if (report == null) {
            MessageLabels.show(status, messages.get("reports.choose"), true);
            return;
        }
        ReportRequest request;
        try {
            Period p = period.getEnabled() && !period.getText().isBlank() ? Period.parse(period.getText()) : null;
            LocalDate day = LocalDate.parse(asOf.getText().trim());
            String code = unit.getText().isBlank() ? null : unit.getText().trim();
            request = new ReportRequest(code, p, day, messages.locale(), site.user().user());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            MessageLabels.show(status, messages.get("reports.badParameter", e.getMessage()), true);
            return;
        }
        MessageLabels.show(status, messages.get("reports.making", report.title().get(messages.locale())), false);
        model.run(report.id(), request, result -> site.asyncExec(() -> showResult(result)),
                why -> site.asyncExec(() -> MessageLabels.show(status, why, true)));
    }

    private void showResult(ReportResult result) {
        if (root.isDisposed()) {
            return;
        }
        shown = result;
        preview.show(result);
        export.setEnabled(true);
        print.setEnabled(true);
        MessageLabels.show(status, messages.get("reports.made", result.title()), false);
    }

    ReportResult shown() {
        return shown;
    }

    private void export() {
        if (shown == null) {
            return;
        }
        OutputFormat chosen = OutputFormat.values()[format.getSelectionIndex()];
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(shown.metadata().reportId() + "." + chosen.extension());
        dialog.setFilterExtensions(new String[] {"*." + chosen.extension()});
        String file = dialog.open();
        if (file != null) {
            export(chosen, Path.of(file));
        }
    }

    /** Writes the shown result as a job; the status line says when it is done, failed or cancelled. */
    void export(OutputFormat chosen, Path file) {
        MessageLabels.show(status, messages.get("reports.exporting", file.getFileName()), false);
        model.export(messages.get("reports.exportJob", file.getFileName()), shown, chosen, file, why -> site.asyncExec(() -> {
            if (status.isDisposed()) {
                return;
            }
            if (why == null) {
                MessageLabels.show(status, messages.get("reports.exported", file), false);
            } else if (why.equals("cancelled")) {
                MessageLabels.show(status, messages.get("reports.exportCancelled", file.getFileName()), false);
            } else {
                MessageLabels.show(status, messages.get("reports.exportFailed", file.getFileName(), why), true);
            }
        }));
    }

    private void print() {
        if (shown == null) {
            return;
        }
        PrinterData data = new PrintDialog(root.getShell()).open();
        if (data == null) {
            return;
        }
        try {
            Printing.print(shown, data, messages);
            MessageLabels.show(status, messages.get("reports.printed", shown.title()), false);
        } catch (RuntimeException e) {
            MessageLabels.show(status, messages.get("reports.printFailed", e.getMessage()), true);
        }
    }

    @Override
    public void dispose() {
        if (opener != null) {
            model.removeOpener(opener);
        }
    }
}
