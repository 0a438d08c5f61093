package kz.aimaq.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;

/**
 * For tests: the shell's side of a view, reduced to what a unit test needs: the UI thread,
 * the strings of the view's bundle, the shared selection and the status line.
 */
public final class TestViewSite implements ViewSite {

    private final Display display;
    private final UserContext user;
    private final Class<?> bundleClass;
    private final List<Consumer<SelectedUnit>> selectionListeners = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private SelectedUnit selection;

    /** @param bundleClass any class of the view's bundle, whose strings the view gets */
    public TestViewSite(Display display, UserContext user, Class<?> bundleClass) {
        this.display = display;
        this.user = user;
        this.bundleClass = bundleClass;
    }

    @Override
    public String id() {
        return "test.view";
    }

    @Override
    public UserContext user() {
        return user;
    }

    @Override
    public Messages messages() {
        return Messages.of(bundleClass, user.locale());
    }

    @Override
    public Optional<SelectedUnit> selection() {
        return Optional.ofNullable(selection);
    }

    @Override
    public void select(SelectedUnit unit) {
        selection = unit;
        selectionListeners.forEach(listener -> listener.accept(unit));
    }

    @Override
    public void onSelection(Consumer<SelectedUnit> listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void asyncExec(Runnable task) {
        if (!display.isDisposed()) {
            display.asyncExec(task);
        }
    }

    @Override
    public void showStatus(String message) {
        status.add(message);
    }

    /** The status-line messages shown so far. */
    public List<String> status() {
        return status;
    }
}
