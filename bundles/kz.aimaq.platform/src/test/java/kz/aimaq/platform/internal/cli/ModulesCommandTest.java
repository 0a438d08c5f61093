package kz.aimaq.platform.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.internal.regions.RegionTable;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

class ModulesCommandTest {

    private final List<String> changes = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final ModuleManager manager = new ModuleManager() {
        @Override
        public List<ModuleInfo> modules() {
            return List.of(
                    new ModuleInfo("registry", "Registry", ModuleKind.CORE, "features/registry.json",
                            List.of("kz.aimaq.registry"), Set.of(), true),
                    new ModuleInfo("readiness", "Readiness", ModuleKind.OPTIONAL, "features/readiness.json",
                            List.of("kz.aimaq.readiness"), Set.of("710000000", "190000000"), false));
        }

        @Override
        public List<BundleInfo> bundles() {
            return List.of();
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        @Override
        public void setEnabled(String moduleId, String regionCode, boolean enabled) throws PolicyException {
            if (moduleId.equals("registry")) {
                throw new PolicyException("Module 'registry' is a core module");
            }
            changes.add((enabled ? "+" : "-") + moduleId + "@" + regionCode);
        }
    };

    private final ModulesCommand command = new ModulesCommand(manager, new RegionTable(),
            new TestUser("aigerim", TestRegions.ASTANA, Languages.ENGLISH, UserContext.ROLE_NATIONAL_ADMIN));

    private int run(String... args) throws Exception {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listShowsKindOriginRegionsAndWhetherActive() throws Exception {
        assertEquals(0, run("list"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("MODULE"), lines.get(0));
        assertTrue(lines.get(1).matches("registry +core +features/registry.json +all +yes"), lines.get(1));
        assertTrue(lines.get(2).matches("readiness +optional +features/readiness.json +190000000,710000000 +no"),
                lines.get(2));
    }

    @Test
    void enableTakesTheModuleAndTheRegionInEitherSpelling() throws Exception {
        assertEquals(0, run("enable", "readiness", "--region", "19"));
        assertEquals(0, run("disable", "--region=710000000", "readiness"));
        assertEquals(List.of("+readiness@19", "-readiness@710000000"), changes);
    }

    @Test
    void enableWithoutRegionIsAUsageError() throws Exception {
        assertEquals(2, run("enable", "readiness"));
        assertEquals(2, run("enable", "readiness", "--region"));
        assertTrue(changes.isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--region <code>"));
    }

    @Test
    void extraArgumentsAndUnknownSubCommandsAreUsageErrors() throws Exception {
        assertEquals(2, run("enable", "readiness", "tax", "--region", "19"));
        assertEquals(2, run("remove", "readiness"));
        assertEquals(2, run());
        assertEquals(2, run("list", "all"));
    }

    @Test
    void theListIsInTheUsersLanguage() throws Exception {
        ModulesCommand kazakh = new ModulesCommand(manager, new RegionTable(),
                new TestUser("aigerim", TestRegions.ASTANA, Languages.KAZAKH, UserContext.ROLE_NATIONAL_ADMIN));
        assertEquals(0, kazakh.run(List.of("list"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("МОДУЛЬ") && lines.get(0).contains("ӨҢІРЛЕР"), lines.get(0));
        assertTrue(lines.get(1).matches("registry +негізгі +features/registry.json +барлығы +иә"), lines.get(1));
    }

    @Test
    void aRefusedChangeExitsWithOneAndSaysWhy() throws Exception {
        assertEquals(1, run("disable", "registry", "--region", "19"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("core module"));
    }
}
