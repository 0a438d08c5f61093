package kz.aimaq.workbench.internal.window;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;

/**
 * What a view or a command gets from the window: one implementation of both sites, so that they
 * reach the user, the selection and the UI thread the same way. {@link #close()} cuts a view's
 * site off from the shell when the view goes.
 */
final class WindowSite implements ViewSite, CommandContext {

    private final String id;
    private final WindowContext context;
    private final Messages messages;
    private final Consumer<String> status;
    private final Supplier<Shell> shell;
    private final Predicate<String> viewOpener;
    private final List<Consumer<SelectedUnit>> subscriptions = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;
    private volatile boolean contentPending;
    private volatile Runnable onContentShown = () -> { };

    /** @param viewOpener brings a view to the front on the UI thread; false for one the user cannot see */
    WindowSite(String id, WindowContext context, Messages messages, Consumer<String> status, Supplier<Shell> shell,
            Predicate<String> viewOpener) {
        this.id = id;
        this.viewOpener = viewOpener;
        this.context = context;
        this.messages = messages;
        this.status = status;
        this.shell = shell;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public UserContext user() {
        return context.user();
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public Optional<SelectedUnit> selection() {
        return context.selection().current();
    }

    @Override
    public void select(SelectedUnit unit) {
        context.selection().select(unit);
    }

    @Override
    public void onSelection(Consumer<SelectedUnit> listener) {
        if (!open) {
            return;
        }
        Consumer<SelectedUnit> onUiThread = unit -> asyncExec(() -> listener.accept(unit));
        subscriptions.add(onUiThread);
        context.selection().addListener(onUiThread);
    }

    @Override
    public void asyncExec(Runnable task) {
        context.ui().async(() -> {
            if (open) {
                task.run();
            }
        });
    }

    @Override
    public void showStatus(String message) {
        context.ui().run(() -> status.accept(message));
    }

    @Override
    public boolean showView(String viewId) {
        if (!open) {
            return false;
        }
        if (context.ui().isUiThread()) {
            return viewOpener.test(viewId);
        }
        asyncExec(() -> viewOpener.test(viewId));
        return false;
    }

    @Override
    public Shell shell() {
        return shell.get();
    }

    @Override
    public void contentPending() {
        contentPending = true;
    }

    @Override
    public void contentShown() {
        if (contentPending) {
            asyncExec(onContentShown);
        }
    }

    /** Whether the view said, in {@code createContent}, that its content comes later. */
    boolean isContentPending() {
        return contentPending;
    }

    /** What to run on the UI thread when the view says its content is there. */
    void onContentShown(Runnable task) {
        onContentShown = task;
    }

    /** Removes the view's selection listeners and drops its pending UI work. */
    void close() {
        open = false;
        for (Consumer<SelectedUnit> subscription : subscriptions) {
            context.selection().removeListener(subscription);
        }
        subscriptions.clear();
    }
}
