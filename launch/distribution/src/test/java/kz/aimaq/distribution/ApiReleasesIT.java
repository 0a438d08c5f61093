package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What bnd's baseline does not check by itself: that every bundle of ours that exports packages
 * has a released API to be compared against (the baseline plugin passes over a bundle without
 * one), and that no released package disappeared (with Bundle-Version not compared, bnd lets a
 * removed package through). The releases are the committed repository target-platform/baseline.
 */
class ApiReleasesIT {

    private static final Path RELEASES = Path.of(System.getProperty("aimaq.baseline", "../../target-platform/baseline"));
    private static final String VERSION = System.getProperty("aimaq.baseline.version", "1.0.0");

    @Test
    void everyShippedBundleThatExportsHasAnApiRelease() throws IOException {
        Map<String, Set<String>> exporting = shippedExports();
        assertFalse(exporting.isEmpty(), "no bundle of ours in " + Distribution.HOME.resolve("bundles") + " exports");
        List<String> missing = new ArrayList<>();
        for (String bsn : exporting.keySet()) {
            if (!Files.isRegularFile(release(bsn))) {
                missing.add(bsn + " exports " + exporting.get(bsn) + " but has no release " + release(bsn));
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing)
                + "\nRelease its API first (CONTRIBUTING.md, \"Releasing an API\").");
    }

    @Test
    void everyReleasedPackageIsStillExported() throws IOException {
        Map<String, Set<String>> exporting = shippedExports();
        List<String> removed = new ArrayList<>();
        for (String bsn : exporting.keySet()) {
            if (!Files.isRegularFile(release(bsn))) {
                continue; // reported by the test above
            }
            Set<String> released = exports(release(bsn));
            released.removeAll(exporting.get(bsn));
            if (!released.isEmpty()) {
                removed.add(bsn + " no longer exports " + released + ", released in " + release(bsn));
            }
        }
        assertTrue(removed.isEmpty(), String.join("\n", removed)
                + "\nRemoving a package breaks every importer: keep it, or release a new major API.");
    }

    private static Path release(String bsn) {
        return RELEASES.resolve("kz/aimaq").resolve(bsn).resolve(VERSION).resolve(bsn + "-" + VERSION + ".jar");
    }

    /** Symbolic name to exported packages, for the bundles of ours in the distribution. */
    private static Map<String, Set<String>> shippedExports() throws IOException {
        Map<String, Set<String>> exporting = new LinkedHashMap<>();
        try (Stream<Path> jars = Files.list(Distribution.HOME.resolve("bundles"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String bsn = Manifests.symbolicName(jar);
                Set<String> packages = exports(jar);
                if (bsn.startsWith("kz.aimaq.") && !packages.isEmpty()) {
                    exporting.put(bsn, packages);
                }
            }
        }
        return exporting;
    }

    private static Set<String> exports(Path jar) throws IOException {
        return Manifests.packages(jar, "Export-Package");
    }
}
