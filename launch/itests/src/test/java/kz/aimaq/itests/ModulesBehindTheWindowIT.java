package kz.aimaq.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.time.Duration;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.feature.WindowShown;
import kz.aimaq.workbench.api.View;

/**
 * With a window on the embedded database the launcher sets {@link LaunchProperties#BEHIND_WINDOW}:
 * the module manager starts the region's optional modules once the window has shown its first page,
 * so that page has the machine to itself, and at the latest after {@link WindowShown#WAIT_LIMIT_MILLIS}.
 * Each test starts a framework of its own: the modules start once per framework.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class ModulesBehindTheWindowIT {

    private static final String HELLO = TestHome.HELLO;
    private static final String ASTANA = "710000000";

    @Inject
    private BundleContext context;

    @Inject
    private ModuleManager modules;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.withExampleModule("modules-behind-the-window", ASTANA);
        return options(AimaqOptions.platform(home.home, home.data, ASTANA),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"),
                frameworkProperty(LaunchProperties.BEHIND_WINDOW).value("true"));
    }

    @Test
    public void theEnabledModulesStartOnceTheWindowHasShownItsFirstPage() throws Exception {
        Thread.sleep(1000);
        assertFalse("an enabled module started before the window had shown its page", helloStarted());

        long shown = System.nanoTime();
        ServiceRegistration<WindowShown> registration = context.registerService(WindowShown.class, new WindowShown() {
        }, null);
        try {
            Await.until("the example module starts once the window is shown", this::helloStarted,
                    () -> "problems: " + modules.problems());
            long millis = Duration.ofNanos(System.nanoTime() - shown).toMillis();
            // the window's word started it, not the time limit (which ends about 4 s after the word here)
            assertTrue("started " + millis + " ms after the window was shown",
                    millis < WindowShown.WAIT_LIMIT_MILLIS / 2);
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void aWindowThatNeverShowsItsPageHoldsTheModulesBackOnlyUntilTheTimeLimit() throws Exception {
        Thread.sleep(1000);
        assertFalse("an enabled module started before the window had shown its page", helloStarted());

        Await.until("the example module starts after the time limit, without the window",
                Duration.ofMillis(WindowShown.WAIT_LIMIT_MILLIS + 20_000), this::helloStarted,
                () -> "problems: " + modules.problems());
    }

    private boolean helloStarted() {
        return Services.registeredBy(context, View.class, HELLO);
    }
}
