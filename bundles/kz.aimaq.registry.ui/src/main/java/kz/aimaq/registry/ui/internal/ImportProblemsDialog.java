package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportProblem;

/**
 * Why a KATO file was refused: every problem as {@code file:line:field: reason} in read-only
 * text the user can select and copy into a ticket or an editor. Nothing was imported.
 */
final class ImportProblemsDialog {

    private final Shell shell;

    ImportProblemsDialog(Shell parent, Messages messages, String file, List<ImportProblem> problems) {
        shell = new Shell(parent, SWT.APPLICATION_MODAL | SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(messages.get("import.refused.title", file));
        shell.setLayout(new GridLayout(1, false));
        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(messages.get("import.refused", file, problems.size()));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text list = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setText(problems.stream().map(ImportProblemsDialog::line).collect(Collectors.joining("\n")));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 240;
        list.setLayoutData(data);
        Button close = new Button(shell, SWT.PUSH);
        close.setText(messages.get("import.close"));
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        close.addListener(SWT.Selection, event -> shell.dispose());
        shell.setDefaultButton(close);
    }

    /** A problem as compilers and the registry CLI print it, so editors can jump to the line. */
    static String line(ImportProblem problem) {
        return problem.file() + ":" + problem.line() + ":" + problem.field() + ": " + problem.reason();
    }

    void open() {
        shell.setSize(760, 400);
        shell.open();
    }
}
