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

    static final String USAGE = """
            usage: aimaq [options] [command ...]
              --headless          run without a display (commands, tests, servers)
              --region CODE       work as a user of this region (KATO: 19 or 190000000)
              --user NAME         user name (default: conf/user.json, then the OS user)
              --roles A,B         roles, e.g. analyst,admin
              --locale kk|ru|en   UI language
              --data DIR          data folder (default: $XDG_DATA_HOME/aimaq or ~/.local/share/aimaq)
              --verbose           log to the console too
              --exit-when-ready   print the start-up time once ready, then exit
              --help              this text; 'aimaq --headless help' lists the commands
            """;

    static Options parse(String[] args, Path home, Map<String, String> env) {
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
                case "--region" -> overrides.put(LaunchProperties.REGION, value(args, ++i, arg));
                case "--user" -> overrides.put(LaunchProperties.USER, value(args, ++i, arg));
                case "--roles" -> overrides.put(LaunchProperties.ROLES, value(args, ++i, arg));
                case "--locale" -> overrides.put(LaunchProperties.LOCALE, value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (data == null) {
            String xdg = env.get("XDG_DATA_HOME");
            data = xdg != null && !xdg.isBlank() ? Path.of(xdg, "aimaq")
                    : Path.of(System.getProperty("user.home"), ".local", "share", "aimaq");
        }
        return new Options(home, data.toAbsolutePath(), headless, verbose, exitWhenReady, help, overrides,
                List.copyOf(command));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    /** Whether a GUI can open: X11 or Wayland named in the environment. */
    static boolean hasDisplay(Map<String, String> env) {
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
