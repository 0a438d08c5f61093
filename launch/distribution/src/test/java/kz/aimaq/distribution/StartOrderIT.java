package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.feature.Feature;
import kz.aimaq.platform.feature.FeatureBundle;
import kz.aimaq.platform.feature.FeatureReader;

/**
 * With a window, the launcher installs the other features' bundles while it starts the platform's
 * and the shell's (Launcher.start). That cannot change how those resolve only as long as no bundle
 * outside the two features exports a package theirs import: a bundle added to a feature, or a new
 * import, that breaks this must move to the platform's or the shell's feature, or the launcher's
 * order must change.
 */
class StartOrderIT {

    /** The modules whose bundles start while the others install. */
    private static final Set<String> STARTED_FIRST = Set.of("platform", "workbench");

    @Test
    void noBundleInstalledBesideTheFirstStartsExportsWhatTheyImport() throws Exception {
        List<Feature> features = FeatureReader.readAll(Distribution.HOME.resolve("features"));
        Map<String, String> importers = new HashMap<>();
        for (Feature feature : features) {
            if (STARTED_FIRST.contains(feature.module())) {
                for (FeatureBundle entry : feature.bundles()) {
                    for (String name : Manifests.packages(jar(entry), "Import-Package")) {
                        importers.put(name, entry.artifactId());
                    }
                }
            }
        }
        assertFalse(importers.isEmpty(), "the platform's and the shell's bundles import packages");
        List<String> clashes = new ArrayList<>();
        for (Feature feature : features) {
            if (!STARTED_FIRST.contains(feature.module())) {
                for (FeatureBundle entry : feature.bundles()) {
                    for (String name : Manifests.packages(jar(entry), "Export-Package")) {
                        if (importers.containsKey(name)) {
                            clashes.add(entry.artifactId() + " (feature " + feature.module() + ") exports " + name
                                    + ", which " + importers.get(name) + " imports");
                        }
                    }
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    private static Path jar(FeatureBundle entry) {
        return Distribution.HOME.resolve("bundles").resolve(entry.fileName());
    }
}
