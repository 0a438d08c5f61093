package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.workbench.api.View;

/**
 * The region policy is enforced in a real framework: enabling the example module for the
 * user's region starts its bundle and its services appear; disabling removes them; enabling
 * it elsewhere starts nothing here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModulesPerRegionIT {

    private static final String HELLO = TestHome.HELLO;
    private static final String ASTANA = "710000000";

    @Inject
    private BundleContext context;

    @Inject
    private ModuleManager modules;

    @Inject
    private AuditLog audit;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.withExampleModule("modules-per-region", "190000000");
        return options(AimaqOptions.platform(home.home, home.data, ASTANA),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"));
    }

    @Test
    public void enablingForTheUsersRegionStartsTheModuleAndDisablingRemovesIt() throws Exception {
        assertFalse("not enabled for Astana yet", helloServicesRegistered());

        modules.setEnabled("example", ASTANA, true);
        Await.until("the example module's view service is registered", this::helloServicesRegistered,
                this::bundleStates);
        assertTrue(modules.modules().stream().anyMatch(m -> m.id().equals("example") && m.active()));
        AuditEntry last = lastAudit();
        assertEquals("the operating-system user is the local user", System.getProperty("user.name"), last.user());
        assertTrue(last.target(), last.target().contains("example") && last.target().contains(ASTANA));

        modules.setEnabled("example", ASTANA, false);
        Await.until("the example module's services are gone", () -> !helloServicesRegistered(), this::bundleStates);
        assertNotEquals(Bundle.ACTIVE, hello().map(Bundle::getState).orElse(Bundle.UNINSTALLED).intValue());
        assertTrue(lastAudit().action(), lastAudit().action().contains("disable"));
    }

    @Test
    public void enablingForAnotherRegionChangesThePolicyButStartsNothingHere() throws Exception {
        CountDownLatch applied = new CountDownLatch(1);
        ServiceRegistration<EventHandler> listening = context.registerService(EventHandler.class,
                event -> applied.countDown(), new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, Topics.MODULES_CHANGED)));
        try {
            modules.setEnabled("example", "350000000", true);
            // the module manager announces a change once it has applied it to this framework
            assertTrue("the module manager announced the change", applied.await(60, TimeUnit.SECONDS));
        } finally {
            listening.unregister();
        }
        assertFalse(helloServicesRegistered());
        assertTrue(modules.modules().stream().filter(m -> m.id().equals("example"))
                .anyMatch(m -> m.enabledRegions().contains("350000000") && !m.active()));
    }

    @Test
    public void aCoreOrUnknownModuleCannotBeToggled() {
        try {
            modules.setEnabled("no-such-module", ASTANA, true);
            throw new AssertionError("an unknown module was accepted");
        } catch (PolicyException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("no-such-module"));
        }
    }

    private Optional<Bundle> hello() {
        return Arrays.stream(context.getBundles()).filter(b -> HELLO.equals(b.getSymbolicName())).findFirst();
    }

    private boolean helloServicesRegistered() {
        return Services.registeredBy(context, View.class, HELLO);
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = audit.entries();
        return entries.get(entries.size() - 1);
    }

    private String bundleStates() {
        StringBuilder s = new StringBuilder();
        for (Bundle b : context.getBundles()) {
            s.append('\n').append(b.getSymbolicName()).append(' ').append(b.getState());
        }
        return s + "\nproblems: " + modules.problems();
    }
}
