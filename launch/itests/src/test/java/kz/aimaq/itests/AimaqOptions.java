package kz.aimaq.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ops4j.pax.exam.Option;

import kz.aimaq.platform.feature.LaunchProperties;

/** The bundles of a running Aimaq, for Pax Exam: third-party from Maven, ours from the reactor. */
final class AimaqOptions {

    static final Path REACTOR = Path.of(System.getProperty("aimaq.reactor", "../..")).toAbsolutePath().normalize();
    static final String VERSION = System.getProperty("aimaq.version", "0.1.0");

    private AimaqOptions() {
    }

    /** Our bundle's jar as the reactor built it ({@code mvn verify} packages before integration tests). */
    static Path jar(String folder, String artifactId) {
        Path jar = REACTOR.resolve(folder).resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": run the tests with 'mvn verify' from the top");
        }
        return jar;
    }

    static Option ours(String artifactId) {
        return bundle(jar("bundles/" + artifactId, artifactId).toUri().toString());
    }

    /** The platform as the launcher starts it, with the given home and data folders and user overrides. */
    static Option platform(Path home, Path data, String region) {
        return composite(
                cleanCaches(),
                junitBundles(),
                systemProperty("org.ops4j.pax.url.mvn.localRepository")
                        .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
                systemProperty("org.ops4j.pax.url.mvn.repositories").value(""),
                frameworkProperty(LaunchProperties.HOME).value(home.toString()),
                frameworkProperty(LaunchProperties.DATA).value(data.toString()),
                frameworkProperty(LaunchProperties.DEPLOY).value(home.resolve("deploy").toString()),
                frameworkProperty(LaunchProperties.REGION).value(region),
                frameworkProperty(LaunchProperties.USER).value("itest"),
                frameworkProperty(LaunchProperties.ROLES).value("analyst,admin"),
                frameworkProperty(LaunchProperties.LOCALE).value("kk"),
                mavenBundle("org.osgi", "org.osgi.util.function").versionAsInProject(),
                mavenBundle("org.osgi", "org.osgi.util.promise").versionAsInProject(),
                mavenBundle("org.osgi", "org.osgi.service.component").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.scr").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.log").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.configadmin").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.eventadmin").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.core", "jackson-annotations").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.core", "jackson-core").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.core", "jackson-databind").versionAsInProject(),
                // SWT: the fragment first, so it attaches when the host resolves
                mavenBundle("org.eclipse.platform", "org.eclipse.swt.gtk.linux.x86_64").versionAsInProject().noStart(),
                mavenBundle("org.eclipse.platform", "org.eclipse.swt").versionAsInProject(),
                ours("kz.aimaq.platform.api"),
                ours("kz.aimaq.platform.feature"),
                ours("kz.aimaq.workbench.api"),
                ours("kz.aimaq.platform"),
                mavenBundle("de.siegmar", "fastcsv").versionAsInProject(),
                ours("kz.aimaq.csv"));
    }

    /** The embedded database and the registry, as the storage and registry features start them. */
    static Option registry() {
        return composite(
                mavenBundle("org.osgi", "org.osgi.service.jdbc").versionAsInProject(),
                mavenBundle("com.h2database", "h2").versionAsInProject(),
                ours("kz.aimaq.storage"),
                ours("kz.aimaq.registry.api"),
                ours("kz.aimaq.registry"));
    }
}
