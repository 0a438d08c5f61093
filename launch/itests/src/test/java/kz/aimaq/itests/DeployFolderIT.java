package kz.aimaq.itests;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

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

import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.workbench.api.View;

/** Vendor add-ons dropped into deploy/ while the workbench runs. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeployFolderIT {

    private static final String HELLO = "com.example.aimaq.hello";
    private static final TestHome HOME = TestHome.create("deploy-folder")
            .file("conf/region-policy.json", Policies.enabled("example", "710000000"));

    @Inject
    private BundleContext context;

    @Inject
    private ModuleManager modules;

    @Configuration
    public Option[] configuration() {
        return options(AimaqOptions.platform(HOME.home, HOME.data, "710000000"),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"),
                frameworkProperty("aimaq.deploy.pollMillis").value("200"));
    }

    @Test
    public void aBundleDroppedIntoDeployStartsIsUpdatedWhenReplacedAndUninstalledWhenRemoved() throws Exception {
        // Before its jar is there, the policy's entry for the add-on is reported and the rest of the policy holds
        // (an add-on's jar taken out of deploy/ once turned off every optional module in every region).
        Await.until("the policy's entry for the absent add-on is reported", () -> modules.problems().stream()
                .anyMatch(p -> p.message().contains("'example'") && p.message().contains("the rest of the policy is in force")),
                () -> modules.problems().toString());
        assertTrue(modules.problems().toString(), modules.problems().stream()
                .noneMatch(p -> p.message().contains("the policy is refused")));
        Path dropped = HOME.home.resolve("deploy").resolve("hello.jar");
        Files.copy(AimaqOptions.jar("bundles/examples/" + HELLO, HELLO), dropped, StandardCopyOption.REPLACE_EXISTING);
        Await.until("the dropped bundle is active with its view", () -> helloState() == Bundle.ACTIVE && helloView(),
                () -> "state " + helloState() + ", problems " + modules.problems());
        Await.until("the policy read again once the add-on is there", () -> modules.problems().stream()
                .noneMatch(p -> p.message().contains("'example'")), () -> modules.problems().toString());
        String title = modules.modules().stream().filter(m -> m.id().equals("example")).findFirst().orElseThrow()
                .title();
        assertTrue("the module matrix names the add-on by the title its jar gives, not its id: " + title,
                java.util.Set.of("Example add-on", "Мысал қосымшасы", "Пример дополнения").contains(title));

        long installed = hello().getLastModified();
        Thread.sleep(1100); // file times have a resolution of a second on some file systems
        Files.copy(AimaqOptions.jar("bundles/examples/" + HELLO, HELLO), dropped, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(dropped, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        Await.until("the replaced jar updates the bundle in place",
                () -> hello() != null && hello().getLastModified() > installed && helloState() == Bundle.ACTIVE);

        Files.delete(dropped);
        Await.until("the removed bundle is uninstalled", () -> helloState() == Bundle.UNINSTALLED && !helloView());
    }

    @Test
    public void aJarThatIsNotABundleIsReportedAndDisturbsNothing() throws Exception {
        int before = context.getBundles().length;
        Path notABundle = HOME.home.resolve("deploy").resolve("readme-not-a-bundle.jar");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(notABundle))) {
            jar.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            jar.write("plain jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Await.until("a problem names the jar",
                () -> modules.problems().stream().anyMatch(p -> p.source().contains("readme-not-a-bundle.jar")
                        || p.message().contains("readme-not-a-bundle.jar")),
                () -> modules.problems().toString());
        assertTrue(context.getBundles().length <= before + 1);
        assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> b.getLocation().contains("readme-not-a-bundle")
                && b.getState() == Bundle.ACTIVE));
        Files.delete(notABundle);
    }

    private Bundle hello() {
        return Arrays.stream(context.getBundles()).filter(b -> HELLO.equals(b.getSymbolicName())).findFirst()
                .orElse(null);
    }

    private int helloState() {
        return Arrays.stream(context.getBundles()).filter(b -> HELLO.equals(b.getSymbolicName()))
                .mapToInt(Bundle::getState).findFirst().orElse(Bundle.UNINSTALLED);
    }

    private boolean helloView() {
        return Services.registeredBy(context, View.class, HELLO);
    }
}
