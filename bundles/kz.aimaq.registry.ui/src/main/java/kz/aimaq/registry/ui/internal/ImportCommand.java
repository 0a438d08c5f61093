package kz.aimaq.registry.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.workbench.api.Command;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.api.CommandRegistration;
import kz.aimaq.workbench.api.Menus;

/**
 * "Import KATO file…": reads a newer KATO file in a background job, shows what it would change,
 * and applies it in one transaction only when the administrator confirms. A refused file lists
 * every problem and changes nothing.
 */
@Component(service = Command.class)
@CommandRegistration(id = ImportCommand.ID, label = "%command.import", menu = Menus.FILE, position = 200)
public final class ImportCommand implements Command {

    static final String ID = "kz.aimaq.registry.ui.import";

    private final RegistryAccess access;

    @Activate
    public ImportCommand(@Reference RegistryAccess access) {
        this.access = access;
    }

    /** Offered to roles that may import; the registry checks each unit of the import against the scope. */
    @Override
    public boolean isEnabled(CommandContext context) {
        return context.user().heldRoles().stream().anyMatch(role -> role.grants(Right.IMPORT_REGISTRY));
    }

    @Override
    public void execute(CommandContext context) {
        if (!access.available()) {
            context.showStatus(context.messages().get("registry.absent"));
            return;
        }
        FileDialog dialog = new FileDialog(context.shell(), SWT.OPEN);
        dialog.setText(context.messages().get("import.choose"));
        dialog.setFilterExtensions(new String[] {"*.csv", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            preview(context, Path.of(chosen));
        }
    }

    /** Reads {@code file} in a job, then shows its preview or its problems on the UI thread. */
    void preview(CommandContext context, Path file) {
        Messages messages = context.messages();
        Shell parent = context.shell();
        String name = String.valueOf(file.getFileName());
        access.live().job(messages.get("import.job.preview", name), monitor -> {
            monitor.begin(1);
            monitor.subTask(messages.get("import.reading", name));
            Optional<RegistryService> registry = access.registry();
            if (registry.isEmpty()) {
                context.showStatus(messages.get("registry.absent"));
                return;
            }
            try {
                ImportPreview preview = registry.get().previewImport(file);
                List<ImportRows.Row> rows = ImportRows.of(messages, registry.get(), preview);
                monitor.worked(1);
                context.asyncExec(() -> new ImportPreviewDialog(context, access, preview, rows).open());
            } catch (ImportException e) {
                context.asyncExec(() -> new ImportProblemsDialog(parent, messages, name, e.problems()).open());
            } catch (IOException e) {
                context.showStatus(messages.get("import.unreadable", file, e.getMessage()));
            } catch (RuntimeException e) {
                access.live().logFailure("Reading KATO file " + file + " failed", e);
                context.showStatus(messages.get("import.failed", name, e.getMessage()));
            }
        });
    }
}
