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

    /**
     * Says that the view's content comes later than {@link View#createContent} (figures read off
     * the UI thread, say): until the view calls {@link #contentShown()}, the window it opens in
     * does not count as shown (for at most a few times the shell's contribution time limit). Call
     * it from {@code createContent}. A view that never calls it counts as shown when
     * {@code createContent} returns.
     *
     * @since 1.2
     */
    default void contentPending() {
    }

    /**
     * Says that the content announced by {@link #contentPending()} is there; any thread. The
     * shell counts the window as shown once every view visible at start has its content, and
     * its first paint is done.
     *
     * @since 1.2
     */
    default void contentShown() {
    }
}
