package kz.aimaq.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.aimaq.platform.feature.LaunchProperties;

/**
 * The launcher's command line: options before the first plain word, the command after it.
 * {@code aimaq --region 19 --headless modules list} has the options region and headless
 * and the command {@code [modules, list]}.
 */
record Options(Path home, Path data, boolean headless, boolean verbose, boolean exitWhenReady, boolean help,
        Map<String, String> overrides, List<String> command) {

    /** @param say the launcher's messages, for what is wrong with the arguments */
    static Options parse(String[] args, Path home, Map<String, String> env, ConsoleMessages say) {
        boolean headless = false;
        boolean verbose = false;
        boolean exitWhenReady = false;
        boolean help = false;
        Path data = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!command.isEmpty() || !arg.startsWith("--")) {
                command.add(arg);
                continue;
            }
            switch (arg) {
                case "--headless" -> headless = true;
                case "--verbose" -> verbose = true;
                case "--exit-when-ready" -> exitWhenReady = true;
                case "--help", "-h" -> help = true;
                case "--region" -> overrides.put(LaunchProperties.REGION, value(args, ++i, arg, say));
                case "--user" -> overrides.put(LaunchProperties.USER, value(args, ++i, arg, say));
                case "--roles" -> overrides.put(LaunchProperties.ROLES, value(args, ++i, arg, say));
                case "--locale" -> overrides.put(LaunchProperties.LOCALE, value(args, ++i, arg, say));
                case "--data" -> data = Path.of(value(args, ++i, arg, say));
                default -> throw new IllegalArgumentException(say.get("option.unknown", arg) + "\n" + say.get("usage"));
            }
        }
        if (data == null) {
            data = defaultData(env);
        }
        return new Options(home, data.toAbsolutePath(), headless, verbose, exitWhenReady, help, overrides,
                List.copyOf(command));
    }

    private static String value(String[] args, int i, String option, ConsoleMessages say) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(say.get("option.needsValue", option) + "\n" + say.get("usage"));
        }
        return args[i];
    }

    /** The data folder when {@code --data} names none: the XDG data home's {@code aimaq}. */
    static Path defaultData(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "aimaq")
                : Path.of(System.getProperty("user.home"), ".local", "share", "aimaq");
    }

    /** The value of {@code option} among the arguments, read before they are parsed. */
    static String given(String[] args, String option) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (option.equals(args[i])) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Whether a GUI can open: X11 or Wayland named in the environment. */
    static boolean hasDisplay(Map<String, String> env) {
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
