package kz.aimaq.workbench.internal.window;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;

/** The {@link ViewSite} of one created view; {@link #close()} cuts it off from the shell. */
final class TabSite implements ViewSite {

    private final String id;
    private final WindowContext context;
    private final Messages messages;
    private final Consumer<String> status;
    private final List<Consumer<SelectedUnit>> subscriptions = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    TabSite(String id, WindowContext context, Messages messages, Consumer<String> status) {
        this.id = id;
        this.context = context;
        this.messages = messages;
        this.status = status;
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
        context.ui().async(() -> status.accept(message));
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
