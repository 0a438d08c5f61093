package kz.aimaq.registry.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The difference a KATO file would make, shown before anything is written: counts per kind of
 * change and every change in a virtual table. Apply imports it in one transaction in a job and
 * closes with the outcome in the status line; a refusal stays in the dialog.
 */
final class ImportPreviewDialog {

    private final CommandContext context;
    private final RegistryAccess access;
    private final ImportPreview preview;
    private final List<ImportRows.Row> rows;
    private final Messages messages;
    private final String effective;
    private final Shell shell;
    private final Label outcome;
    private final Button apply;
    private final Button cancel;
    /** Where the user types the number of abolished units; {@code null} when no confirmation is needed. */
    private Text confirmation;

    ImportPreviewDialog(CommandContext context, RegistryAccess access, ImportPreview preview, List<ImportRows.Row> rows) {
        this.context = context;
        this.access = access;
        this.preview = preview;
        this.rows = rows;
        this.messages = context.messages();
        effective = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(preview.effectiveDate());
        shell = new Shell(context.shell(), SWT.APPLICATION_MODAL | SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(messages.get("import.title", preview.file()));
        shell.setLayout(new GridLayout(1, false));
        summary();
        table();
        if (preview.needsConfirmation()) {
            confirmation();
        }
        outcome = MessageLabels.create(shell);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        buttons.setLayout(new GridLayout(2, true));
        apply = button(buttons, messages.get("import.apply"));
        cancel = button(buttons, messages.get("action.cancel"));
        apply.setEnabled(!preview.isEmpty() && confirmed());
        apply.addListener(SWT.Selection, event -> apply());
        cancel.addListener(SWT.Selection, event -> shell.dispose());
        shell.setDefaultButton(preview.isEmpty() || preview.needsConfirmation() ? cancel : apply);
    }

    void open() {
        shell.setSize(860, 560);
        shell.open();
    }

    private void summary() {
        label(messages.get("import.file", preview.file(), effective));
        label(messages.get("import.counts", preview.added().size(), preview.renamed().size(), preview.moved().size(),
                preview.reclassified().size(), preview.abolished().size()));
        if (preview.isEmpty()) {
            label(messages.get("import.nothing"));
        }
    }

    private Label label(String text) {
        Label label = new Label(shell, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 800;
        label.setLayoutData(data);
        return label;
    }

    /** The warnings in the error colour, and the field the number of abolished units is typed into. */
    private void confirmation() {
        if (preview.abolishesMany()) {
            MessageLabels.show(label(""), messages.get("import.abolishesMany", preview.abolished().size(),
                    preview.currentUnits()), true);
        }
        if (preview.endsMidLine()) {
            MessageLabels.show(label(""), messages.get("import.endsMidLine", preview.file()), true);
        }
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        Label ask = new Label(row, SWT.WRAP);
        ask.setText(messages.get("import.confirm"));
        confirmation = new Text(row, SWT.BORDER | SWT.SINGLE);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 90;
        confirmation.setLayoutData(data);
        confirmation.addListener(SWT.Modify, event -> apply.setEnabled(!preview.isEmpty() && confirmed()));
    }

    /** Whether the import may be applied: it needs no confirmation, or the typed count is right. */
    private boolean confirmed() {
        return confirmation == null || confirmedCount() == preview.abolished().size();
    }

    /** The number typed, or -1. */
    private int confirmedCount() {
        if (confirmation == null) {
            return -1;
        }
        try {
            return Integer.parseInt(confirmation.getText().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Virtual: a new KATO edition can change thousands of units; only visible rows get items. */
    private void table() {
        Table table = new Table(shell, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 300;
        table.setLayoutData(data);
        String[] headers = {"import.column.change", "column.code", "import.column.before", "import.column.after"};
        int[] widths = {150, 110, 270, 270};
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(messages.get(headers[i]));
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, event -> {
            TableItem item = (TableItem) event.item;
            ImportRows.Row row = rows.get(table.indexOf(item));
            item.setText(new String[] {row.change(), row.code(), row.before(), row.after()});
        });
        table.setItemCount(rows.size());
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    private void apply() {
        int confirmed = confirmedCount();
        apply.setEnabled(false);
        cancel.setEnabled(false);
        MessageLabels.show(outcome, messages.get("import.applying", preview.file()), false);
        access.live().job(messages.get("import.job.apply", preview.file()), monitor -> {
            monitor.begin(1);
            String failure = applyNow(confirmed);
            monitor.worked(1);
            context.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    finished(failure);
                }
            });
        });
    }

    /** Applies the preview on the job's thread; empty when it was imported, else why not. */
    private String applyNow(int confirmed) {
        Optional<RegistryService> registry = access.registry();
        if (registry.isEmpty()) {
            return messages.get("registry.absent");
        }
        try {
            registry.get().applyImport(preview, confirmed);
            return "";
        } catch (OutOfScopeException e) {
            return messages.get("import.outOfScope", e.unitCode(), e.regionCode(), e.user());
        } catch (ImportException e) {
            return messages.get("import.apply.refused", e.problems().size()) + "\n" + e.problems().stream()
                    .map(ImportProblemsDialog::line).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            access.live().logFailure("Applying KATO file " + preview.file() + " failed", e);
            return messages.get("import.failed", preview.file(), e.getMessage());
        }
    }

    private void finished(String failure) {
        if (failure.isEmpty()) {
            int changes = preview.added().size() + preview.renamed().size() + preview.moved().size()
                    + preview.reclassified().size() + preview.abolished().size();
            context.showStatus(messages.get("import.done", preview.file(), changes, effective));
            access.unitsChanged();
            shell.dispose();
            return;
        }
        MessageLabels.show(outcome, failure, true);
        cancel.setText(messages.get("import.close"));
        cancel.setEnabled(true);
        shell.layout(true, true);
    }
}
