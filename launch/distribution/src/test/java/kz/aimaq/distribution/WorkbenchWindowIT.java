package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built distribution with a display (run the build under {@code xvfb-run -a}),
 * waits for the window, checks the views of the enabled modules opened, and saves a
 * screenshot under {@code target/screenshots/}.
 */
class WorkbenchWindowIT {

    private static final long START_TIMEOUT_MILLIS = 90_000;

    @TempDir
    Path folder;

    @Test
    void workbenchOpensInKazakhWithEnabledModulesAndRemembersThePerspective() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            fail("no DISPLAY: run the tests under 'xvfb-run -a' as README.md says");
        }
        Path data = folder.resolve("data");

        // Home is the first tab of the home perspective and opens at start; the example add-on's view,
        // enabled for Astana, is a later tab there and opens when chosen.
        startLookAndStop(data, "workbench-home-kk.png", ExpectedViews.REPORTING_HOME);

        // The window state is saved per user on exit; a user who left in the admin perspective comes back to it.
        // The operating-system user is the one local user (--user cannot name another).
        Path state = data.resolve("users").resolve(System.getProperty("user.name")).resolve("workbench.json");
        assertTrue(Files.exists(state), "window state saved on exit: " + state);
        Files.writeString(state, Files.readString(state).replace("kz.aimaq.workbench.home", "kz.aimaq.workbench.admin"));
        Files.delete(Distribution.log(data));

        startLookAndStop(data, "workbench-admin-kk.png", ExpectedViews.ADMIN_MODULES);
    }

    @Test
    void settingsInConfAreTakenInPlaceAndKeepTheWindowOpen() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            fail("no DISPLAY: run the tests under 'xvfb-run -a' as README.md says");
        }
        Path home = Distribution.installation(folder);
        Path data = folder.resolve("data");
        try {
            // conf/ is read behind the window, after the shell and the module manager started
            Path shell = home.resolve("conf/kz.aimaq.workbench.cfg");
            Files.writeString(shell, "contributionTimeoutMillis=8000\n");
            Files.writeString(home.resolve("conf/kz.aimaq.platform.modules.cfg"), "deploy.poll.millis=1500\n");
            Process process = Distribution.command(home, data, Map.of(), "--region", "71", "--locale", "kk")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("console.txt").toFile()).start();
            try {
                Path log = Distribution.log(data);
                awaitLog(log, "workbench ready", process);
                awaitLog(log, "workbench settings changed: contribution time limit 8000 ms", process);
                awaitLog(log, "module manager settings changed: deploy folder checked every 1500 ms", process);

                // FileInstall looks at conf/ every 2 s: a change made while the window is open
                Files.writeString(shell, "contributionTimeoutMillis=9000\n");
                awaitLog(log, "workbench settings changed: contribution time limit 9000 ms", process);
                Thread.sleep(1000);
                assertTrue(process.isAlive(), "the window closed");
                String text = Files.readString(log);
                // the launcher logs its timeline when the window's loop ends
                assertFalse(text.contains("start-up timeline"), text);
                assertFalse(text.contains(" failed (bundle"), text);
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } finally {
            Distribution.unlink(home);
        }
    }

    /**
     * Starts the workbench as the local user working in Astana, waits for the window and the views (views of
     * modules still starting arrive after the window), saves a screenshot, stops it with SIGTERM.
     */
    private void startLookAndStop(Path data, String screenshot, String... views) throws Exception {
        Process process = Distribution.command(data, Map.of("AIMAQ_CDS", "on"), "--region", "71",
                "--locale", "kk").redirectErrorStream(true).redirectOutput(folder.resolve("console.txt").toFile())
                .start();
        try {
            awaitLog(Distribution.log(data), "workbench ready", process);
            for (String view : views) {
                awaitLog(Distribution.log(data), "view " + view + " opened", process);
            }
            // the database and the optional modules start once the window has shown its first page
            String log = awaitLog(Distribution.log(data), "modules started", process);
            int shown = log.indexOf("workbench shown in");
            assertTrue(shown >= 0 && shown < log.indexOf("Storage: ") && shown < log.indexOf("modules started"), log);
            Thread.sleep(1500); // let the window paint before the picture
            log = Files.readString(Distribution.log(data));
            assertFalse(log.contains(" failed (bundle"), log);
            assertFalse(log.contains("did not show its first page"), log);
            screenshot(screenshot);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the workbench did not stop within 30 s of SIGTERM");
            }
        }
    }

    static String awaitLog(Path log, String line, Process process) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log)) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                if (text.contains(line)) {
                    return text;
                }
            }
            if (!process.isAlive()) {
                fail("aimaq exited with " + process.exitValue() + " before '" + line + "'; log:\n"
                        + (Files.exists(log) ? Files.readString(log) : "(none)"));
            }
            Thread.sleep(200);
        }
        fail("no '" + line + "' in " + log + " within " + START_TIMEOUT_MILLIS / 1000 + " s");
        return "";
    }

    static Path screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("aimaq.screenshots", "target/screenshots")));
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage image = new Robot().createScreenCapture(screen);
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
