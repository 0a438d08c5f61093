package kz.aimaq.workbench.api;

import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;

/** What the shell gives a view: its strings, the user, the shared selection, the UI thread. */
@ProviderType
public interface ViewSite {

    /** The view's id. */
    String id();

    UserContext user();

    /** The strings of the view's own bundle in the user's locale. */
    Messages messages();

    /** The unit selected now, if any. */
    Optional<SelectedUnit> selection();

    /** Publishes a new shared selection to every view. */
    void select(SelectedUnit unit);

    /**
     * Calls {@code listener} on the UI thread whenever the shared selection changes, until
     * the view is disposed (the shell removes the listener then).
     */
    void onSelection(Consumer<SelectedUnit> listener);

    /** Runs {@code task} on the UI thread later; dropped if the view is gone by then. */
    void asyncExec(Runnable task);

    /** Shows a one-line message in the status line. */
    void showStatus(String message);
}
