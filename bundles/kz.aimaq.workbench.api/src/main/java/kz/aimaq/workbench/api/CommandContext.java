package kz.aimaq.workbench.api;

import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

/** What a command sees when it runs. */
@ProviderType
public interface CommandContext extends ContributionSite {

    /** The main window, as parent for dialogs. */
    Shell shell();
}
