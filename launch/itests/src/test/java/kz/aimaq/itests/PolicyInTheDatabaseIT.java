package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.feature.LaunchProperties;

/**
 * The region policy once the database holds it, as several desktops share it in central mode:
 * a change made here is applied to what the database holds at that moment, so it never undoes a
 * change another desktop made since this one started.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PolicyInTheDatabaseIT {

    private static final String HELLO = "com.example.aimaq.hello";
    private static final String ASTANA = "710000000";
    private static final String KARAGANDA = "350000000";

    @Inject
    private ModuleManager modules;

    @Inject
    @Filter(timeout = 60_000)
    private RegionPolicyStore store;

    @Configuration
    public Option[] configuration() throws Exception {
        TestHome home = TestHome.create("policy-in-the-database")
                .bundle("bundles/examples/" + HELLO, HELLO)
                .optionalFeature("example", HELLO)
                .file("conf/region-policy.json", Policies.enabled("example", "190000000"));
        return options(AimaqOptions.platform(home.home, home.data, ASTANA),
                mavenBundle("org.osgi", "org.osgi.service.jdbc").versionAsInProject(),
                mavenBundle("com.h2database", "h2").versionAsInProject(),
                AimaqOptions.ours("kz.aimaq.storage"),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"));
    }

    @Test
    public void aChangeHereKeepsAChangeAnotherDesktopMadeSinceThisOneStarted() throws Exception {
        Await.until("the policy is in the database", this::stored, () -> "empty store");
        assertEquals(Set.of("190000000"), store.load().orElseThrow().get("example"));
        Map<String, Set<String>> byAnotherDesktop = new HashMap<>(store.load().orElseThrow());
        byAnotherDesktop.put("example", Set.of("190000000", KARAGANDA));
        store.save(byAnotherDesktop);

        modules.setEnabled("example", ASTANA, true);

        assertEquals("the other desktop's change is kept and this one's is made",
                Set.of("190000000", KARAGANDA, ASTANA), store.load().orElseThrow().get("example"));
        assertTrue(modules.modules().stream().anyMatch(m -> m.id().equals("example")
                && m.enabledRegions().containsAll(Set.of(KARAGANDA, ASTANA))));
    }

    private boolean stored() {
        try {
            return store.load().isPresent();
        } catch (PolicyException e) {
            throw new AssertionError(e);
        }
    }
}
