package kz.aimaq.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;

import kz.aimaq.platform.feature.LaunchProperties;

/**
 * The real workbench window inside the test framework: its main loop runs on a thread of the
 * test, as the launcher runs it on the main thread; queries go through the UI thread.
 */
final class Window {

    private final Thread uiThread;
    private Display display;

    private Window(Thread uiThread) {
        this.uiThread = uiThread;
    }

    static Window open(BundleContext context) throws Exception {
        ServiceTracker<Runnable, Runnable> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(" + Constants.OBJECTCLASS + "=java.lang.Runnable)(" + LaunchProperties.MAIN_LOOP + "=workbench))"),
                null);
        tracker.open();
        Runnable mainLoop = tracker.waitForService(20_000);
        assertNotNull("the workbench registers its main loop", mainLoop);
        Window window = new Window(new Thread(mainLoop, "workbench-ui"));
        window.uiThread.start();
        Await.until("the window is open", () -> {
            window.display = Display.findDisplay(window.uiThread);
            try {
                return window.display != null
                        && window.onUi(() -> window.display.getShells().length > 0 && window.shell().isVisible());
            } catch (RuntimeException stillStarting) { // the display is visible before its constructor ends
                return false;
            }
        });
        return window;
    }

    void close() throws InterruptedException {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                for (Shell shell : display.getShells()) {
                    shell.close();
                }
            });
        }
        uiThread.join(20_000);
        assertFalse("the workbench loop ends when its window closes", uiThread.isAlive());
    }

    Shell shell() {
        return display.getShells()[0];
    }

    <T> T onUi(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(query.get()));
        return result.get();
    }

    /** The content of every view tab by view id. */
    Map<String, Control> tabs() {
        return onUi(() -> {
            Map<String, Control> tabs = new HashMap<>();
            collectTabs(shell(), tabs);
            return tabs;
        });
    }

    private static void collectTabs(Control control, Map<String, Control> tabs) {
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                if (item.getData("aimaq.view.id") instanceof String id) {
                    tabs.put(id, item.getControl());
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, tabs);
            }
        }
    }

    /** The first control at or under {@code root} that matches; call on the UI thread. */
    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        if (root == null) {
            return null;
        }
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Saves a picture of the window under target/screenshots. */
    void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("aimaq.screenshots", "target/screenshots")));
        display.syncExec(() -> {
            GC gc = new GC(display);
            Image image = new Image(display, shell().getBounds());
            gc.copyArea(image, shell().getBounds().x, shell().getBounds().y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
            image.dispose();
        });
    }
}
