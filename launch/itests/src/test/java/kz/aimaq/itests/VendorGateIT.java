package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import kz.aimaq.itests.hostile.HostileJars;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.workbench.api.View;

/**
 * A hostile vendor's attacks on the deploy folder, each refused and audited with nothing
 * changed: a jar without the module header, an unsigned jar, a tampered one, one signed by an
 * unknown key, a trusted add-on reaching for privileged services and renaming a unit, one
 * wiring to bundle control and the database, and one whose start never returns. The user is
 * narrowed to an analyst, so the public APIs refuse what the add-on asks in their name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VendorGateIT {

    private static final Path ROOT = Path.of("target", "homes", "vendor-gate").toAbsolutePath();
    private static final Path DEPLOY = ROOT.resolve("home").resolve("deploy");
    private static final String HELLO = "com.example.aimaq.hello";
    /**
     * The modules the policy enables: those of the jars that pass the gate and those of the signed-less,
     * tampered and untrusted ones, as when a vendor's bad update replaces a good add-on. A refused jar
     * turns off its own module only: the policy stays in force for the others (the example add-on runs).
     */
    private static final List<String> MODULES = List.of("example", "snoop", "hang", "stopper", "unsigned", "tampered",
            "stranger");

    @Inject
    private BundleContext context;

    @Inject
    private ModuleManager modules;

    @Inject
    @Filter(timeout = 240_000) // the first start seeds the whole classifier, slow on a loaded machine
    private RegistryService registry;

    @Inject
    @Filter(value = "(service.ranking=100)", timeout = 60_000)
    private AuditLog audit;

    /** Runs outside the framework, before it starts: the installation with the hostile jars already in deploy/. */
    @Configuration
    public Option[] configuration() throws Exception {
        String everywhere = String.join(", ", MODULES.stream().map(m -> "\"" + m + "\": [\"710000000\"]").toList());
        TestHome home = TestHome.create("vendor-gate").file("conf/region-policy.json",
                "{\"modules\": {" + everywhere + "}}\n");
        Files.copy(AimaqOptions.jar("bundles/examples/" + HELLO, HELLO), DEPLOY.resolve("hello.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        String snooper = component("hostile.snooper", "Snooper", """
                <service><provide interface="java.util.function.Supplier"/></service>
                <property name="aimaq.hostile" type="String" value="snooper"/>
                <reference name="modules" interface="kz.aimaq.platform.api.ModuleManager" cardinality="0..1" field="modules"/>
                <reference name="audit" interface="kz.aimaq.platform.api.AuditLog" cardinality="0..1" field="audit"/>
                <reference name="database" interface="kz.aimaq.storage.api.Database" cardinality="0..1" field="database"/>
                <reference name="dataSource" interface="javax.sql.DataSource" cardinality="0..1" field="dataSource"/>
                <reference name="configurationAdmin" interface="org.osgi.service.cm.ConfigurationAdmin" cardinality="0..1" field="configurationAdmin"/>
                <reference name="trustStore" interface="kz.aimaq.platform.api.TrustStore" cardinality="0..1" field="trustStore"/>
                <reference name="registry" interface="kz.aimaq.registry.api.RegistryService" cardinality="1..1" field="registry"/>
                """);
        Map<String, String> snoop = Map.of("Bundle-SymbolicName", "com.example.hostile.snoop", "Aimaq-Module", "snoop",
                "Import-Package", "kz.aimaq.platform.api,kz.aimaq.registry.api");
        HostileJars.sign(HostileJars.bundle(DEPLOY.resolve("snoop.jar"), "Snooper", snoop, snooper),
                "aimaq-test-vendor.p12", "test-vendor");
        HostileJars.sign(HostileJars.bundle(DEPLOY.resolve("hang.jar"), "Hanger", Map.of("Bundle-SymbolicName",
                "com.example.hostile.hang", "Aimaq-Module", "hang"), component("hostile.hang", "Hanger", "")),
                "aimaq-test-vendor.p12", "test-vendor");
        HostileJars.sign(HostileJars.bundle(DEPLOY.resolve("stopper.jar"), "Stopper", Map.of("Bundle-SymbolicName",
                "com.example.hostile.stopper", "Aimaq-Module", "stopper", "Bundle-Activator",
                "kz.aimaq.itests.hostile.Stopper", "Import-Package", "org.osgi.framework,kz.aimaq.storage.api"), null),
                "aimaq-test-vendor.p12", "test-vendor");
        HostileJars.sign(HostileJars.bundle(DEPLOY.resolve("nameless.jar"), "Hanger", Map.of("Bundle-SymbolicName",
                "com.example.hostile.nameless"), null), "aimaq-test-vendor.p12", "test-vendor");
        HostileJars.bundle(DEPLOY.resolve("unsigned.jar"), "Snooper", Map.of("Bundle-SymbolicName",
                "com.example.hostile.unsigned", "Aimaq-Module", "unsigned"), snooper);
        HostileJars.tamper(HostileJars.sign(HostileJars.bundle(DEPLOY.resolve("tampered.jar"), "Snooper",
                Map.of("Bundle-SymbolicName", "com.example.hostile.tampered", "Aimaq-Module", "tampered"), snooper),
                "aimaq-test-vendor.p12", "test-vendor"), "OSGI-INF/component.xml",
                snooper.replace("cardinality=\"0..1\"", "cardinality=\"1..1\"").getBytes(StandardCharsets.UTF_8));
        HostileJars.sign(HostileJars.bundle(DEPLOY.resolve("stranger.jar"), "Snooper", Map.of("Bundle-SymbolicName",
                "com.example.hostile.stranger", "Aimaq-Module", "stranger"), snooper), "stranger.p12", "stranger");
        return options(AimaqOptions.platform(home.home, home.data, "710000000"), AimaqOptions.registry(),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"),
                frameworkProperty(LaunchProperties.ROLES).value("analyst"),
                frameworkProperty("aimaq.deploy.pollMillis").value("200"),
                frameworkProperty("aimaq.addon.limitMillis").value("3000"));
    }

    private static String component(String name, String className, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" immediate="true" activate="activate">
                  <implementation class="kz.aimaq.itests.hostile.%s"/>
                %s</scr:component>
                """.formatted(name, className, body);
    }

    private Problem problem(String jar) throws InterruptedException {
        Await.until("a problem names " + jar, () -> problemOf(jar) != null, () -> modules.problems().toString());
        return problemOf(jar);
    }

    private Problem problemOf(String jar) {
        return modules.problems().stream().filter(p -> p.message().contains(jar)).findFirst().orElse(null);
    }

    private boolean installed(String jar) {
        return Arrays.stream(context.getBundles()).anyMatch(b -> b.getLocation().endsWith("/" + jar));
    }

    private List<AuditEntry> refusals(String action, String target) {
        return audit.entries(new AuditQuery(null, action, target, null, null, 0)).stream()
                .filter(AuditEntry::refused).toList();
    }

    @Test
    public void unsignedTamperedUntrustedAndNamelessJarsAreRefusedByNameAndAudited() throws Exception {
        assertTrue(problem("nameless.jar").message(),
                problem("nameless.jar").message().contains("refused: it has no Aimaq-Module header"));
        assertTrue(problem("unsigned.jar").message(),
                problem("unsigned.jar").message().contains("refused: unsigned: the jar carries no signature"));
        assertTrue(problem("tampered.jar").message(), problem("tampered.jar").message()
                .contains("refused: tampered: the entry OSGI-INF/component.xml no longer matches its signature"));
        assertTrue(problem("stranger.jar").message(), problem("stranger.jar").message()
                .contains("refused: signed by 'CN=Unknown vendor (test key),O=Nobody,C=KZ', which is not in the trust store"));
        for (String jar : List.of("nameless.jar", "unsigned.jar", "tampered.jar", "stranger.jar")) {
            assertFalse(jar + " is not installed", installed(jar));
            Await.until("the refusal of " + jar + " is audited", () -> !refusals("addon.install", jar).isEmpty(),
                    () -> audit.entries().toString());
        }
        Path checkedCopies = Path.of(context.getProperty(LaunchProperties.DATA)).resolve("addons-checked");
        for (String jar : List.of("unsigned.jar", "tampered.jar", "stranger.jar")) {
            assertFalse(jar + ": the copy made for checking is removed once refused",
                    Files.exists(checkedCopies.resolve(jar)));
        }
    }

    @Test
    public void aTrustedAddOnSeesNoPrivilegedServiceAndActsOnlyWithTheUsersRights() throws Exception {
        String before = registry.find("351600000").orElseThrow().nameKk();
        Await.until("the snooper reports", Duration.ofSeconds(120), () -> snooperReport() != null,
                () -> modules.problems().toString());
        assertEquals("modules=false audit=false database=false dataSource=false configurationAdmin=false"
                + " trustStore=false registry=true rename=refused", snooperReport());
        assertEquals("nothing renamed", before, registry.find("351600000").orElseThrow().nameKk());
        assertFalse("the refused rename is audited", refusals("registry.unit.update", "351600000").isEmpty());
        assertTrue(audit.verify().isIntact());
    }

    private String snooperReport() {
        try {
            for (ServiceReference<Supplier> reference : context.getServiceReferences(Supplier.class,
                    "(aimaq.hostile=snooper)")) {
                Object report = context.getService(reference).get();
                context.ungetService(reference);
                return String.valueOf(report);
            }
            return null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void anAddOnWiringToBundleControlOrTheDatabaseNeverStartsAndNothingStops() throws Exception {
        Problem stopper = problem("stopper.jar");
        assertTrue(stopper.message(), stopper.message().contains("cannot start")
                && (stopper.message().contains("org.osgi.framework") || stopper.message().contains("kz.aimaq.storage.api")));
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("kz.aimaq.")
                    && bundle.getHeaders().get("Fragment-Host") == null) {
                assertEquals(bundle.getSymbolicName() + " still runs", Bundle.ACTIVE, bundle.getState());
            }
        }
        assertTrue(audit.verify().isIntact());
    }

    @Test
    public void aStartThatNeverReturnsIsAbandonedAndNamedWhileTheOtherAddOnsRunAndRemovalsGoOn() throws Exception {
        Problem hang = problem("hang.jar");
        assertTrue(hang.message(), hang.message().contains("com.example.hostile.hang did not start within 3.0 s"));
        Await.until("the example add-on runs beside it", () -> Services.registeredBy(context, View.class, HELLO),
                () -> modules.problems().toString());
        Files.delete(DEPLOY.resolve("hang.jar"));
        Await.until("the abandoned add-on is removed once its jar is", () -> !installed("hang.jar"),
                () -> modules.problems().toString());
    }
}
