package kz.aimaq.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import kz.aimaq.platform.feature.FeatureException;

/**
 * {@code bin/aimaq}: starts the workbench, or with {@code --headless} runs a command.
 * Exit codes: 0 done, 1 a command refused its input, 2 misuse, 3 cannot start.
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        Path home = home();
        ConsoleMessages say = ConsoleMessages.of(args, home, env);
        Options options;
        try {
            options = Options.parse(args, home, env, say);
        } catch (IllegalArgumentException e) {
            System.err.println("aimaq: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            System.out.print(say.get("usage"));
            return 0;
        }
        if (!options.headless() && !Options.hasDisplay(env)) {
            System.err.println("aimaq: " + say.get("noDisplay"));
            return 3;
        }
        try {
            Files.createDirectories(options.data());
            LogSetup.configure(options.data().resolve("logs"), options.verbose());
        } catch (IOException e) {
            System.err.println("aimaq: " + say.get("dataNotWritable", options.data(), e.getMessage()));
            return 3;
        }
        try (CommandTurn turn = options.headless() && !options.exitWhenReady()
                ? CommandTurn.await(options.data(), System.err, say) : null;
                Launcher launcher = new Launcher(options)) {
            launcher.start();
            return options.headless() ? launcher.runCommand() : launcher.runWorkbench();
        } catch (FeatureException | LaunchException e) {
            LOG.severe(e.getMessage());
            System.err.println("aimaq: " + e.getMessage());
            return 3;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "start-up failed", e);
            System.err.println("aimaq: " + say.get("startFailed", e, options.data().resolve("logs/aimaq.log")));
            return 3;
        }
    }

    /** The distribution folder: {@code -Daimaq.home}, set by bin/aimaq, else the launcher jar's parent's parent. */
    private static Path home() {
        String property = System.getProperty("aimaq.home");
        if (property != null) {
            return Path.of(property).toAbsolutePath();
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
