package kz.aimaq.workbench.internal.window;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Widget;

import kz.aimaq.workbench.api.Command;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.internal.model.CommandDescriptor;
import kz.aimaq.workbench.internal.model.Contributions;
import kz.aimaq.workbench.internal.model.Contributor;
import kz.aimaq.workbench.internal.model.Selection;
import kz.aimaq.workbench.internal.model.ServiceSource;
import kz.aimaq.workbench.internal.model.ViewDescriptor;
import kz.aimaq.workbench.internal.model.WorkbenchState;

/** A real window on the test thread's display, fed with plain views and commands. */
final class Harness implements AutoCloseable {

    final RecordingLog log = new RecordingLog();
    final Contributions contributions = new Contributions();
    final Selection selection = new Selection();
    final TestUser user;
    final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-worker");
        thread.setDaemon(true);
        return thread;
    });
    final AtomicInteger shownCount = new AtomicInteger();
    final AtomicInteger readyCount = new AtomicInteger();
    final Display display = Display.getDefault();
    final WindowContext context;
    WorkbenchWindow window;

    Harness(Locale locale, Duration timeout, String... roles) {
        user = new TestUser(locale, roles);
        context = new WindowContext(new UiSync(display, log), user, selection, log, workers, () -> timeout, "0.1.0");
    }

    /** Opens the window waiting for views that may register only after it opened, as the product waits for Home's. */
    WorkbenchWindow open(WorkbenchState state, java.util.Set<String> awaitedViews, Duration limit) {
        window = new WorkbenchWindow(context, contributions, state, shownCount::incrementAndGet,
                readyCount::incrementAndGet, awaitedViews, limit);
        window.open();
        return window;
    }

    WorkbenchWindow open(WorkbenchState state) {
        return open(state, java.util.Set.of(), Duration.ZERO);
    }

    static Contributor contributor(String bundle) {
        return new Contributor(bundle, WindowContext::texts, WindowContext::texts);
    }

    static ViewDescriptor view(String id, String title, String perspective, String stack, int position,
            Supplier<View> factory) {
        return view(id, title, perspective, stack, position, "", factory);
    }

    static ViewDescriptor view(String id, String title, String perspective, String stack, int position, String role,
            Supplier<View> factory) {
        return new ViewDescriptor(id, title, null, perspective, stack, position, role,
                contributor("com.example." + id), source(factory));
    }

    static CommandDescriptor command(String id, String label, String menu, String keys, Command command) {
        return new CommandDescriptor(id, label, menu, true, null, keys, 10, "", contributor("com.example." + id),
                source(() -> command));
    }

    static <T> ServiceSource<T> source(Supplier<T> factory) {
        return new ServiceSource<>() {
            @Override
            public T acquire() {
                return factory.get();
            }

            @Override
            public void release(T service) {
                // Plain objects: nothing to give back.
            }
        };
    }

    /** A view that shows one label. */
    static View labelView(String text) {
        return (Composite parent, ViewSite site) -> new Label(parent, SWT.WRAP).setText(text);
    }

    /** Dispatches events until {@code condition} holds, failing after five seconds. */
    void pumpUntil(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what + "; log: " + log.lines);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /**
     * Returns once the UI thread has handled everything posted to it so far (the window's
     * reconcile among it): a marker posted behind it has run.
     */
    void drain() {
        AtomicBoolean handled = new AtomicBoolean();
        display.asyncExec(() -> handled.set(true));
        pumpUntil("the UI thread handled what was posted before", handled::get);
    }

    void flush() {
        long end = System.nanoTime() + Duration.ofMillis(150).toNanos();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    CTabItem tab(String viewId) {
        for (Control control : all(window.shell())) {
            if (control instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (viewId.equals(item.getData(ViewTab.VIEW_ID))) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /** The error placeholder inside the tab of {@code viewId}, or null. */
    Composite placeholder(String viewId) {
        CTabItem item = tab(viewId);
        if (item == null || item.getControl() == null) {
            return null;
        }
        for (Control control : all((Composite) item.getControl())) {
            if (control.getData(ViewTab.ERROR) != null) {
                return (Composite) control;
            }
        }
        return null;
    }

    String labelsOf(CTabItem item) {
        StringBuilder text = new StringBuilder();
        for (Control control : all((Composite) item.getControl())) {
            if (control instanceof Label label) {
                text.append(label.getText()).append('\n');
            }
        }
        return text.toString();
    }

    MenuItem menuItem(String key, Object value) {
        return find(window.shell().getMenuBar(), key, value);
    }

    private static MenuItem find(Menu menu, String key, Object value) {
        for (MenuItem item : menu.getItems()) {
            if (value.equals(item.getData(key))) {
                return item;
            }
            if (item.getMenu() != null) {
                MenuItem found = find(item.getMenu(), key, value);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static List<Control> all(Composite root) {
        List<Control> result = new ArrayList<>();
        for (Control child : root.getChildren()) {
            result.add(child);
            if (child instanceof Composite composite) {
                result.addAll(all(composite));
            }
        }
        return result;
    }

    static void select(Widget widget) {
        widget.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    @Override
    public void close() {
        if (window != null && window.shell() != null && !window.shell().isDisposed()) {
            window.shell().dispose();
        }
        workers.shutdownNow();
        flush();
    }
}
