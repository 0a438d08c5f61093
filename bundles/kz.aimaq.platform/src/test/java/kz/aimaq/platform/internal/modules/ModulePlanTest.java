package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.feature.Feature;
import kz.aimaq.platform.feature.FeatureBundle;

class ModulePlanTest {

    private static final Path BUNDLES = Path.of("/opt/aimaq/bundles");

    private static Feature feature(String module, boolean core, FeatureBundle... bundles) {
        return new Feature(Path.of("/opt/aimaq/features/" + module + ".json"), "kz.aimaq:" + module + ":osgifeature:1",
                module, "", module, core, List.of(bundles));
    }

    private static FeatureBundle bundle(String artifact, boolean ui) {
        return new FeatureBundle("kz.aimaq", artifact, "0.1.0", ui);
    }

    private static String location(String artifact) {
        return BUNDLES.resolve(artifact + "-0.1.0.jar").toUri().toString();
    }

    private final List<ModuleEntry> catalogue = Catalogue.of(List.of(
            feature("platform", true, bundle("kz.aimaq.platform", false), bundle("kz.aimaq.registry.api", false)),
            feature("readiness", false, bundle("kz.aimaq.readiness.api", false), bundle("kz.aimaq.readiness", false),
                    bundle("kz.aimaq.readiness.ui", true)),
            feature("tax", false, bundle("kz.aimaq.readiness.api", false), bundle("kz.aimaq.tax", false),
                    bundle("kz.aimaq.registry.api", false))),
            BUNDLES, List.of());

    private final Policy policy = new Policy(Map.of("readiness", RegionSet.of(List.of("190000000"))));

    @Test
    void enabledModuleRunsInItsRegionInCatalogueOrder() {
        ModulePlan plan = ModulePlan.compute(catalogue, policy, "190000000", false);
        assertEquals(List.of(location("kz.aimaq.readiness.api"), location("kz.aimaq.readiness"),
                location("kz.aimaq.readiness.ui")), List.copyOf(plan.mustRun()));
        assertEquals(Set.of(location("kz.aimaq.tax")), plan.mustStop());
        assertEquals(Set.of("platform", "readiness"), plan.active());
    }

    @Test
    void moduleIsStoppedInARegionItIsNotEnabledFor() {
        ModulePlan plan = ModulePlan.compute(catalogue, policy, "710000000", false);
        assertTrue(plan.mustRun().isEmpty());
        assertEquals(Set.of(location("kz.aimaq.readiness.api"), location("kz.aimaq.readiness"),
                location("kz.aimaq.readiness.ui"), location("kz.aimaq.tax")), plan.mustStop());
        assertFalse(plan.isActive("readiness"));
    }

    @Test
    void headlessLeavesUiBundlesStopped() {
        ModulePlan plan = ModulePlan.compute(catalogue, policy, "190000000", true);
        assertFalse(plan.mustRun().contains(location("kz.aimaq.readiness.ui")));
        assertTrue(plan.mustStop().contains(location("kz.aimaq.readiness.ui")));
        assertTrue(plan.isActive("readiness"));
    }

    @Test
    void bundleSharedWithARunningModuleKeepsRunning() {
        ModulePlan plan = ModulePlan.compute(catalogue, policy, "190000000", false);
        assertFalse(plan.mustStop().contains(location("kz.aimaq.readiness.api")), "readiness still needs it");
    }

    @Test
    void coreBundlesAreNeverTouched() {
        ModulePlan plan = ModulePlan.compute(catalogue, Policy.EMPTY, "190000000", false);
        assertFalse(plan.mustStop().contains(location("kz.aimaq.registry.api")), "the core platform feature has it");
        assertFalse(plan.mustRun().contains(location("kz.aimaq.platform")));
        assertFalse(plan.mustStop().contains(location("kz.aimaq.platform")));
    }

    @Test
    void refusedPolicyRunsOnlyCoreModules() {
        ModulePlan plan = ModulePlan.compute(catalogue, null, "190000000", false);
        assertEquals(Set.of("platform"), plan.active());
        assertTrue(plan.mustRun().isEmpty());
        assertTrue(plan.mustStop().contains(location("kz.aimaq.readiness")));
    }

    @Test
    void allEnablesAModuleEverywhere() {
        ModulePlan plan = ModulePlan.compute(catalogue, new Policy(Map.of("tax", RegionSet.ALL)), "790000000", false);
        assertTrue(plan.mustRun().contains(location("kz.aimaq.tax")));
    }

    @Test
    void vendorJarsWithAModuleHeaderFormOneOptionalModule() {
        Path deploy = Path.of("/opt/aimaq/deploy");
        List<JarInfo> jars = List.of(
                new JarInfo(deploy.resolve("b.jar"), "com.example.b", "1.0.0", "weather", false,
                        Map.of()),
                new JarInfo(deploy.resolve("a.jar"), "com.example.a", "1.0.0", "weather", false,
                        Map.of("", "Weather", "kk", "Ауа райы")),
                new JarInfo(deploy.resolve("plain.jar"), "com.example.plain", "1.0.0", "", false, Map.of()));
        List<ModuleEntry> modules = Catalogue.of(List.of(), BUNDLES, jars);
        assertEquals(1, modules.size());
        ModuleEntry weather = modules.get(0);
        assertEquals("deploy/a.jar, deploy/b.jar", weather.origin());
        assertEquals("Ауа райы", weather.title(Languages.KAZAKH));
        assertEquals("Weather", weather.title(Languages.RUSSIAN), "a language the jar lacks takes its default");
        assertEquals(List.of("com.example.a", "com.example.b"),
                weather.bundles().stream().map(ModuleEntry.Member::name).toList());
        ModulePlan off = ModulePlan.compute(modules, Policy.EMPTY, "190000000", false);
        assertTrue(off.mustStop().contains(deploy.resolve("a.jar").toUri().toString()));
    }
}
