package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;

/** The distribution's headless commands, run as an admin would from a terminal. */
class HeadlessCommandsIT {

    @TempDir
    Path folder;

    private Distribution.Result aimaq(String... arguments) throws Exception {
        return Distribution.run(folder.resolve("data"), Map.of(), arguments);
    }

    @Test
    void helpListsEveryCommandAndASuccessfulRunPrintsNoWarning() throws Exception {
        Distribution.Result help = aimaq("--headless", "help");
        Distribution.Result find = aimaq("--headless", "registry", "find", "Karaganda");

        assertEquals(0, help.exitCode(), help.err());
        for (String command : new String[] {"registry find", "readiness score", "modules list", "audit"}) {
            assertTrue(help.out().contains(command), command + " in:\n" + help.out());
        }
        assertEquals(0, find.exitCode(), find.err());
        assertTrue(find.out().contains("350000000"), find.out());
        for (Distribution.Result run : new Distribution.Result[] {help, find}) {
            String printed = run.out() + run.err();
            assertFalse(printed.contains("WARNING") || printed.contains("Exception"), printed);
        }
    }

    /**
     * A first start on a machine so loaded that seeding the registry takes far longer than SCR's
     * default 5 s lock timeout, made so by running without the JIT compiler: the command waits.
     */
    @Test
    void aRegistryThatTakesLongToLoadIsWaitedForNotReportedFailed() throws Exception {
        Distribution.Result find = Distribution.run(java.time.Duration.ofMinutes(8), folder.resolve("data"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xint"), "--headless", "registry", "find", "Астана");

        assertEquals(0, find.exitCode(), find.out() + find.err());
        assertTrue(find.out().contains("710000000"), find.out());
        assertFalse(find.err().contains("Exception") || find.err().contains("not available"), find.err());
    }

    @Test
    void modulesListShowsCoreAndOptionalModules() throws Exception {
        Distribution.Result result = aimaq("--headless", "modules", "list");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("platform"), result.out());
        assertTrue(result.out().contains("workbench"), result.out());
        assertTrue(result.out().contains("example"), "the example add-on in deploy/ is a module:\n" + result.out());
    }

    @Test
    void enablingAModuleForARegionIsAuditedAndShown() throws Exception {
        Distribution.Result enable = aimaq("--headless", "modules", "enable", "example",
                "--region", "19");
        assertEquals(0, enable.exitCode(), enable.out() + enable.err());
        Distribution.Result audit = aimaq("--headless", "audit");
        assertEquals(0, audit.exitCode(), audit.err());
        assertTrue(audit.out().contains(System.getProperty("user.name")), "the operating-system user:\n" + audit.out());
        assertTrue(audit.out().contains("example@190000000"), audit.out());
        Distribution.Result list = aimaq("--headless", "--region", "19", "modules", "list");
        assertTrue(list.out().lines().anyMatch(l -> l.contains("example") && l.contains("190000000")), list.out());
    }

    /**
     * A command runs as soon as the modules have started, a moment before storage connects; the
     * policy lives in the database once it does. The change must reach the database, or the next
     * start reads the database's policy and the module the admin was told was enabled is not.
     */
    @Test
    void aModuleEnabledByACommandIsStillEnabledAtEveryLaterStart() throws Exception {
        assertEquals(0, aimaq("--headless", "modules", "list").exitCode(), "a first start puts the policy in the database");

        Distribution.Result enable = aimaq("--headless", "--locale", "en", "modules", "enable", "tax", "--region", "71");
        assertEquals(0, enable.exitCode(), enable.out() + enable.err());

        for (int start = 0; start < 2; start++) {
            Distribution.Result list = aimaq("--headless", "--region", "71", "modules", "list");
            assertTrue(list.out().lines().anyMatch(l -> l.startsWith("tax") && l.contains("710000000")), list.out());
            Distribution.Result tax = aimaq("--headless", "--region", "71", "--locale", "en", "tax");
            assertTrue(tax.err().contains("tax import-payments") || tax.out().contains("tax import-payments"),
                    "the tax command answers with its usage:\n" + tax.out() + tax.err());
        }
        // a start asks H2 nothing that only PostgreSQL knows, nor about a table before it is made: each such
        // question was a failure in H2's trace file
        Path trace = folder.resolve("data").resolve("db").resolve("aimaq.trace.db");
        String traced = Files.exists(trace) ? Files.readString(trace) : "";
        assertFalse(traced.contains("pg_auth_members"), traced);
        assertFalse(traced.contains("not found"), traced);
    }

    @Test
    void aCommandOfAModuleNotEnabledInTheRegionNamesTheModuleAndHowToEnableIt() throws Exception {
        Distribution.Result before = aimaq("--headless", "--region", "71", "--locale", "en", "tax", "demo");
        assertEquals(1, before.exitCode(), before.out() + before.err());
        assertTrue(before.err().contains("belongs to the module 'tax'")
                && before.err().contains("modules enable tax --region 710000000"), before.err());

        assertEquals(0, aimaq("--headless", "modules", "enable", "tax", "--region", "19").exitCode());
        Distribution.Result kazakh = aimaq("--headless", "--region", "71", "--locale", "kk", "tax", "demo");
        assertEquals(1, kazakh.exitCode(), kazakh.out() + kazakh.err());
        assertTrue(kazakh.err().contains("''tax'' модуліне тиесілі".replace("''", "'"))
                && kazakh.err().contains("190000000"), "where it is enabled, in Kazakh:\n" + kazakh.err());

        Distribution.Result typo = aimaq("--headless", "--locale", "en", "taks");
        assertTrue(typo.err().contains("There is no command 'taks'"), typo.err());
    }

    @Test
    void aNonAdminCannotChangeThePolicy() throws Exception {
        Distribution.Result result = aimaq("--headless", "--roles", "analyst", "--locale", "en", "modules", "enable", "example",
                "--region", "19");
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("admin"), result.err());
    }

    @Test
    void aBrokenPolicyFileIsRefusedWithItsLineAndOnlyCoreModulesRun() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path policy = data.resolve("region-policy.json");
        String broken = "{\n  \"modules\": {\n    \"example\": [\"18\"]\n  }\n}\n";
        Files.writeString(policy, broken);
        Distribution.Result result = aimaq("--headless", "problems");
        assertTrue(result.out().contains("region-policy.json:3: 'example' модулі: '18' деген өңір жоқ"),
                "in the installation's language, Kazakh: " + result.out() + result.err());
        Distribution.Result english = aimaq("--headless", "--locale", "en", "problems");
        assertTrue(english.out().contains("region-policy.json:3: module 'example': unknown region '18'"), english.out());
        assertEquals(broken, Files.readString(policy), "a refused policy file is never overwritten");
        Distribution.Result enable = aimaq("--headless", "modules", "enable", "example", "--region", "19");
        assertEquals(1, enable.exitCode(), enable.out() + enable.err());
        assertEquals(broken, Files.readString(policy), "a refused policy file is never overwritten");
    }

    /** An add-on's jar taken out of deploy/ (or a misspelt name) leaves the rest of the policy in force. */
    @Test
    void aPolicyEntryForAModuleNotInstalledIsReportedAndKeptWhileTheRestHolds() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path policy = data.resolve("region-policy.json");
        Files.writeString(policy, "{\n  \"modules\": {\n    \"no-such-module\": [\"190000000\"]\n  }\n}\n");
        Distribution.Result problems = aimaq("--headless", "--locale", "en", "problems");
        assertTrue(problems.out().contains("'no-such-module' (" + policy + ":3)"), problems.out() + problems.err());
        assertTrue(problems.out().contains("the rest of the policy is in force"), problems.out());
        Distribution.Result inKazakh = aimaq("--headless", "--locale", "kk", "problems");
        assertTrue(inKazakh.out().contains("саясатта 'no-such-module' (" + policy + ":3) аталған"), inKazakh.out());
        assertTrue(inKazakh.out().contains("саясаттың қалғаны күшінде"), inKazakh.out());
        Distribution.Result enable = aimaq("--headless", "modules", "enable", "example", "--region", "19");
        assertEquals(0, enable.exitCode(), enable.out() + enable.err());
        String written = Files.readString(policy);
        assertTrue(written.contains("\"example\"") && written.contains("\"no-such-module\""),
                "the entry is kept for when its add-on is back: " + written);
    }

    /** Each process installs the add-ons into a bundle cache of its own; the audit says so once, not at every start. */
    @Test
    void theShippedAddOnsInstallIsAuditedOnceNotByEveryCommand() throws Exception {
        aimaq("--headless", "modules", "list");
        aimaq("--headless", "modules", "list");
        Distribution.Result audit = aimaq("--headless", "audit", "--action", "addon.install");
        assertEquals(0, audit.exitCode(), audit.out() + audit.err());
        assertEquals(1, audit.out().lines().filter(line -> line.contains("com.example.aimaq.hello")).count(),
                audit.out());
        assertTrue(audit.out().contains("sha256 "), "the entry names the bytes installed: " + audit.out());
    }

    /** A vendor's jar that passes itself off as the tax module is refused and the refusal audited, like an unsigned one. */
    @Test
    void anAddOnNamingADistributionModuleIsRefusedAndAudited() throws Exception {
        Path impostor = Distribution.HOME.resolve("deploy").resolve("impostor.jar");
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.impostor");
        manifest.getMainAttributes().putValue("Aimaq-Module", "tax");
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(Files.newOutputStream(impostor),
                manifest)) {
            jar.closeEntry();
        }
        try {
            Distribution.Result problems = aimaq("--headless", "--locale", "en", "problems");
            assertTrue(problems.out().contains("impostor.jar: refused: Aimaq-Module 'tax' is the name of a module of"
                    + " the distribution"), problems.out() + problems.err());
            Distribution.Result inRussian = aimaq("--headless", "--locale", "ru", "problems");
            assertTrue(inRussian.out().contains("impostor.jar: отклонён: Aimaq-Module 'tax' — имя модуля дистрибутива"),
                    inRussian.out() + inRussian.err());
            Distribution.Result audit = aimaq("--headless", "--locale", "en", "audit", "--action", "addon.install");
            assertTrue(audit.out().lines().anyMatch(line -> line.contains("impostor.jar") && line.contains("REFUSED")),
                    audit.out());
            Distribution.Result modules = aimaq("--headless", "modules", "list");
            assertTrue(modules.out().lines().anyMatch(line -> line.startsWith("tax") && line.contains("features/tax.json")),
                    "the distribution's tax module is untouched: " + modules.out());
        } finally {
            Files.delete(impostor);
        }
    }

    @Test
    void theRegistryHoldsTheWholeCountryAfterFirstStartAndFindsKazakhNames() throws Exception {
        Distribution.Result result = aimaq("--headless", "registry", "find", "Қарағанды");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("350000000"), result.out());
        assertTrue(result.out().contains("Қарағанды"), "Kazakh letters survive to the terminal:\n" + result.out());
    }

    @Test
    void readinessScoresADataSetAgainstTheShippedEgdiMethodology() throws Exception {
        Path data = folder.resolve("egdi.csv");
        Files.writeString(data, """
                unit,indicator,period,value,source
                KAZ,OSI,2024,0.9,test
                KAZ,HCI,2024,0.9,test
                KAZ,TII,2024,0.9,test
                EST,OSI,2024,1.0,test
                EST,HCI,2024,0.95,test
                EST,TII,2024,0.95,test
                """);
        Path out = folder.resolve("scores.csv");
        Distribution.Result result = aimaq("--headless", "readiness", "score", "--methodology", "builtin:egdi",
                "--data", data.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        // the EGDI is the mean of its three components; the file is in the user's convention, columns by code
        CsvInput scores = CsvInput.read(Files.readAllBytes(out));
        Map<String, CsvRow> rows = new HashMap<>();
        scores.rows().forEach(r -> rows.put(r.get(scores.column("unit")), r));
        Function<String, Double> score = unit -> Double.parseDouble(
                rows.get(unit).get(scores.column("score")).replace(',', '.'));
        assertEquals(0.9, score.apply("KAZ"), 1e-4, rows.get("KAZ").toString());
        assertEquals("2", rows.get("KAZ").get(scores.column("rank")));
        assertEquals((1.0 + 0.95 + 0.95) / 3, score.apply("EST"), 1e-4);
        assertEquals("1", rows.get("EST").get(scores.column("rank")));
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        ProcessBuilder builder = Distribution.command(folder.resolve("data"), Map.of());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, process.waitFor());
        assertEquals(1, output.strip().lines().count(), output);
        assertTrue(output.contains("--headless"), output);
        assertFalse(output.contains("Exception"), output);
    }
}
