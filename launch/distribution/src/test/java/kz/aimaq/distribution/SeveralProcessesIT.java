package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on one data folder, as a user meets them: commands run at once from
 * scripts or terminals, and a command run while the window is open. Each must do its work;
 * none may print a stack trace.
 */
class SeveralProcessesIT {

    private static final int AT_ONCE = 6;

    @TempDir
    Path folder;

    @Test
    void commandsRunAtOnceOnASeededFolderAllWork() throws Exception {
        Path data = folder.resolve("data");
        Distribution.Result seed = Distribution.run(data, Map.of(), "--headless", "registry", "find", "Астана");
        assertEquals(0, seed.exitCode(), seed.out() + seed.err());

        List<Distribution.Result> results = runAtOnce(data, Map.of("AIMAQ_CDS", "on"), "--headless", "--locale", "en",
                "registry", "find", "Астана");

        for (Distribution.Result result : results) {
            assertFound(result);
        }
    }

    @Test
    void commandsRunAtOnceOnANewFolderSeedItOnce() throws Exception {
        Path data = folder.resolve("data");

        List<Distribution.Result> results = runAtOnce(data, Map.of(), "--headless", "--locale", "en", "registry",
                "find", "Астана");

        for (Distribution.Result result : results) {
            assertFound(result);
            assertEquals(1, result.out().lines().filter(l -> l.startsWith("710000000")).count(),
                    "Astana once, not once per process that seeded:\n" + result.out());
        }
    }

    @Test
    void aCommandBesideTheOpenWindowWorks() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            fail("no DISPLAY: run the tests under 'xvfb-run -a' as README.md says");
        }
        Path data = folder.resolve("data");
        Process window = Distribution.command(data, Map.of(), "--user", "e2e", "--region", "71", "--locale", "kk")
                .redirectErrorStream(true).redirectOutput(folder.resolve("window.txt").toFile()).start();
        try {
            WorkbenchWindowIT.awaitLog(Distribution.log(data), "workbench ready", window);
            WorkbenchWindowIT.awaitLog(Distribution.log(data), "Registry: seeded", window);

            Distribution.Result result = Distribution.run(data, Map.of(), "--headless", "--locale", "en", "registry",
                    "find", "Астана");

            assertFound(result);
            assertTrue(window.isAlive(), "the window is still open");
        } finally {
            window.destroy();
            if (!window.waitFor(30, TimeUnit.SECONDS)) {
                window.destroyForcibly();
                fail("the workbench did not stop within 30 s of SIGTERM");
            }
        }
    }

    /**
     * A change the user was told of is on disk when they are told: the process killed the moment
     * it printed "enabled" (kill -9, a power cut) keeps the module enabled and the audit entry.
     * Embedded H2 wrote a commit up to half a second later, and lost it here without a checkpoint.
     */
    @Test
    void aChangeSurvivesTheProcessKilledRightAfterItWasReported() throws Exception {
        Path data = folder.resolve("data");
        assertEquals(0, Distribution.run(data, Map.of(), "--headless", "modules", "list").exitCode());

        Process enable = Distribution.command(data, Map.of(), "--headless", "--locale", "en", "modules", "enable",
                "example", "--region", "19").redirectError(folder.resolve("enable-err.txt").toFile()).start();
        String reported = null;
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(enable.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("enabled example")) {
                    enable.destroyForcibly();
                    reported = line;
                    break;
                }
            }
        }
        assertTrue(enable.waitFor(30, TimeUnit.SECONDS), "killed");
        assertEquals("enabled example in region 19", reported, Files.readString(folder.resolve("enable-err.txt")));

        Distribution.Result list = Distribution.run(data, Map.of(), "--headless", "--region", "19", "modules", "list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("example") && l.contains("190000000")),
                "still enabled after the kill:\n" + list.out() + list.err());
        Distribution.Result audit = Distribution.run(data, Map.of(), "--headless", "audit", "--action", "module.enable");
        assertTrue(audit.out().contains("example@190000000"), "audited:\n" + audit.out() + audit.err());
    }

    private static void assertFound(Distribution.Result result) {
        String all = result.out() + result.err();
        assertEquals(0, result.exitCode(), all);
        assertTrue(result.out().contains("710000000"), all);
        assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace reaches the user:\n" + all);
    }

    /** Starts the same command {@value #AT_ONCE} times at once and waits for all (they take turns: ten minutes in all). */
    private List<Distribution.Result> runAtOnce(Path data, Map<String, String> environment, String... arguments)
            throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            Path out = folder.resolve("out" + i + ".txt");
            Path err = folder.resolve("err" + i + ".txt");
            outputs.add(out);
            outputs.add(err);
            processes.add(Distribution.command(data, environment, arguments).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start());
        }
        List<Distribution.Result> results = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        for (int i = 0; i < AT_ONCE; i++) {
            Process process = processes.get(i);
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                processes.forEach(Process::destroyForcibly);
                fail(AT_ONCE + " commands run at once did not all finish in ten minutes");
            }
            results.add(new Distribution.Result(process.exitValue(),
                    Files.readString(outputs.get(2 * i), StandardCharsets.UTF_8),
                    Files.readString(outputs.get(2 * i + 1), StandardCharsets.UTF_8)));
        }
        return results;
    }
}
