package kz.aimaq.workbench.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * What the shell gives every contribution, a view ({@link ViewSite}) or a command
 * ({@link CommandContext}): the user, its own strings, the selection and the one door into the
 * UI thread.
 *
 * @since 1.1
 */
@ProviderType
public interface ContributionSite {

    UserContext user();

    /** The strings of the contribution's own bundle in the user's locale. */
    Messages messages();

    /** The unit selected now, if any. */
    Optional<SelectedUnit> selection();

    /**
     * Runs {@code task} on the UI thread later: the way back from a worker thread to widgets.
     * For a view, dropped if the view is gone by then.
     */
    void asyncExec(Runnable task);

    /** Shows a one-line message in the status line; may be called from any thread. */
    void showStatus(String message);

    /**
     * Brings the view with this id to the front, in its perspective, opening it again if the
     * user had closed it: how a summary (a Home tile) opens the view behind it. On the UI thread
     * it returns whether the view is registered and visible to the user (role and module); from
     * another thread it is done later and returns {@code false}. Sites that belong to no window
     * (a headless or test site) show nothing and return {@code false}.
     *
     * @param viewId a view's {@link ViewRegistration#id()}
     * @since 1.1
     */
    default boolean showView(String viewId) {
        return false;
    }
}
