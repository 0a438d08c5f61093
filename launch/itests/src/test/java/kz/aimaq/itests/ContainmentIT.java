package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The real shell in a real framework (needs a display: the build runs under xvfb-run):
 * a contribution that throws gets a placeholder while the shell and the other views work on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContainmentIT {

    private static final String GOOD_TEXT = "Жақсы көрініс: әғқңөұүһі";

    @Inject
    private BundleContext context;

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private Thread uiThread;
    private Display display;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.create("containment");
        return options(AimaqOptions.platform(home.home, home.data, "710000000"),
                AimaqOptions.ours("kz.aimaq.workbench"),
                frameworkProperty(LaunchProperties.HEADLESS).value("false"));
    }

    @Before
    public void openWindow() throws Exception {
        ServiceTracker<Runnable, Runnable> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(" + Constants.OBJECTCLASS + "=java.lang.Runnable)(" + LaunchProperties.MAIN_LOOP + "=workbench))"),
                null);
        tracker.open();
        Runnable mainLoop = tracker.waitForService(20_000);
        assertNotNull("the workbench registers its main loop", mainLoop);
        uiThread = new Thread(mainLoop, "workbench-ui");
        uiThread.start();
        Await.until("the window is open", () -> {
            display = Display.findDisplay(uiThread);
            try {
                return display != null
                        && onUi(() -> display.getShells().length > 0 && display.getShells()[0].isVisible());
            } catch (RuntimeException stillStarting) { // the display is visible before its constructor ends
                return false;
            }
        });
    }

    @After
    public void closeWindow() throws Exception {
        registrations.forEach(ServiceRegistration::unregister);
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

    @Test
    public void aThrowingViewGetsAPlaceholderWhileTheShellAndOtherViewsWork() throws Exception {
        register("itest.good", "main", (parent, site) -> new Label(parent, SWT.NONE).setText(GOOD_TEXT));
        ServiceRegistration<?> bad = register("itest.bad", "bottom", (parent, site) -> {
            throw new IllegalStateException("broken on purpose");
        });
        Await.until("both views have tabs", () -> tabs().containsKey("itest.good") && tabs().containsKey("itest.bad"),
                () -> tabs().toString());

        // Views are fetched off the UI thread and built when they arrive.
        Await.until("the good view is built and the bad one has a placeholder",
                () -> onUi(() -> labelText(tabs().get("itest.good")) != null
                        && placeholder(tabs().get("itest.bad")) != null));
        assertEquals(GOOD_TEXT, onUi(() -> labelText(tabs().get("itest.good"))));
        String error = onUi(() -> placeholder(tabs().get("itest.bad")));
        assertTrue(error, error.contains("broken on purpose"));
        assertFalse(onUi(() -> display.getShells()[0].isDisposed()));
        screenshot("containment.png");

        bad.unregister();
        registrations.remove(bad);
        Await.until("the removed view's tab is gone", () -> !tabs().containsKey("itest.bad"), () -> tabs().toString());
        assertTrue("the good view is still there", tabs().containsKey("itest.good"));
    }

    private interface Content {
        void create(Composite parent, ViewSite site);
    }

    /** Registers a view alone in its stack, so that it is the stack's shown tab and gets built. */
    private ServiceRegistration<?> register(String id, String stack, Content content) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("aimaq.view.id", id);
        properties.put("aimaq.view.title", id);
        properties.put("aimaq.view.stack", stack);
        ServiceRegistration<View> registration = context.registerService(View.class, content::create, properties);
        registrations.add(registration);
        return registration;
    }

    private Map<String, Control> tabs() {
        return onUi(() -> {
            Map<String, Control> tabs = new java.util.HashMap<>();
            collectTabs(display.getShells()[0], tabs);
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

    private static String labelText(Control control) {
        if (control instanceof Label label) {
            return label.getText();
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String text = labelText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String placeholder(Control control) {
        if (control == null) {
            return null;
        }
        if (control.getData("aimaq.error") instanceof String message) {
            return message;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String message = placeholder(child);
                if (message != null) {
                    return message;
                }
            }
        }
        return null;
    }

    private <T> T onUi(java.util.function.Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(query.get()));
        return result.get();
    }

    private void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("aimaq.screenshots", "target/screenshots")));
        display.syncExec(() -> {
            Shell shell = display.getShells()[0];
            GC gc = new GC(display);
            Image image = new Image(display, shell.getBounds());
            gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
            image.dispose();
        });
    }
}
