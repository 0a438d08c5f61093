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
    private Window window;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.create("containment");
        return options(AimaqOptions.platform(home.home, home.data, "710000000"),
                AimaqOptions.ours("kz.aimaq.workbench"),
                frameworkProperty(LaunchProperties.HEADLESS).value("false"));
    }

    @Before
    public void openWindow() throws Exception {
        window = Window.open(context);
    }

    @After
    public void closeWindow() throws Exception {
        registrations.forEach(ServiceRegistration::unregister);
        window.close();
    }

    @Test
    public void aThrowingViewGetsAPlaceholderWhileTheShellAndOtherViewsWork() throws Exception {
        register("itest.good", "main", (parent, site) -> new Label(parent, SWT.NONE).setText(GOOD_TEXT));
        ServiceRegistration<?> bad = register("itest.bad", "bottom", (parent, site) -> {
            throw new IllegalStateException("broken on purpose");
        });
        Await.until("both views have tabs",
                () -> window.tabs().containsKey("itest.good") && window.tabs().containsKey("itest.bad"),
                () -> window.tabs().toString());

        // Views are fetched off the UI thread and built when they arrive.
        Await.until("the good view is built and the bad one has a placeholder",
                () -> window.onUi(() -> labelText(window.tabs().get("itest.good")) != null
                        && placeholder(window.tabs().get("itest.bad")) != null));
        assertEquals(GOOD_TEXT, window.onUi(() -> labelText(window.tabs().get("itest.good"))));
        String error = window.onUi(() -> placeholder(window.tabs().get("itest.bad")));
        assertTrue(error, error.contains("broken on purpose"));
        assertFalse(window.onUi(() -> window.shell().isDisposed()));
        window.screenshot("containment.png");

        bad.unregister();
        registrations.remove(bad);
        Await.until("the removed view's tab is gone", () -> !window.tabs().containsKey("itest.bad"),
                () -> window.tabs().toString());
        assertTrue("the good view is still there", window.tabs().containsKey("itest.good"));
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


}
