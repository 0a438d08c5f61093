package kz.aimaq.workbench.api;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/** What the shell gives a view: its strings, the user, the shared selection, the UI thread. */
@ProviderType
public interface ViewSite extends ContributionSite {

    /** The view's id. */
    String id();

    /** Publishes a new shared selection to every view. */
    void select(SelectedUnit unit);

    /**
     * Calls {@code listener} on the UI thread whenever the shared selection changes, until
     * the view is disposed (the shell removes the listener then).
     */
    void onSelection(Consumer<SelectedUnit> listener);
}
