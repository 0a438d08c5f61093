package kz.aimaq.workbench.api;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;

/** What a command sees when it runs. */
@ProviderType
public interface CommandContext {

    /** The main window, as parent for dialogs. */
    Shell shell();

    UserContext user();

    /** The strings of the command's own bundle in the user's locale. */
    Messages messages();

    Optional<SelectedUnit> selection();

    /** Shows a one-line message in the status line. */
    void showStatus(String message);
}
