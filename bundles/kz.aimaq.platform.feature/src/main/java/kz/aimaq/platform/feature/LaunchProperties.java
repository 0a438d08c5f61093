package kz.aimaq.platform.feature;

/**
 * Framework properties the launcher sets and the platform bundles read. Command-line
 * options override {@code conf/user.json}: {@code --region 19} sets {@link #REGION}.
 */
public final class LaunchProperties {

    /** The distribution folder: holds {@code bundles/}, {@code features/}, {@code conf/}, {@code deploy/}. */
    public static final String HOME = "aimaq.home";

    /** The user's data folder: logs, audit log, per-user settings and window state. */
    public static final String DATA = "aimaq.data";

    /** The folder watched for add-on bundles; {@code <home>/deploy} unless set. */
    public static final String DEPLOY = "aimaq.deploy";

    /** {@code true} when running without a display: UI bundles are not started. */
    public static final String HEADLESS = "aimaq.headless";

    /** Overrides of the user context: user name, comma-separated roles, region, locale. */
    public static final String USER = "aimaq.user";
    public static final String ROLES = "aimaq.roles";
    public static final String REGION = "aimaq.region";
    public static final String LOCALE = "aimaq.locale";

    /** {@code true}: print the start-up time once ready, then exit (benchmarks). */
    public static final String EXIT_WHEN_READY = "aimaq.exitWhenReady";

    /**
     * {@code true} when the launcher opens a window on the embedded database: the modules the first
     * page does not need start once it is shown ({@link WindowShown}). Not with a central database,
     * whose sign-in comes before the window and needs them.
     */
    public static final String BEHIND_WINDOW = "aimaq.behindWindow";

    /** Service property on the {@code Runnable} the launcher runs on the main thread (the SWT shell). */
    public static final String MAIN_LOOP = "aimaq.main";

    /**
     * Service property on the {@code java.util.function.Function<String[], Integer>} that runs
     * headless commands; registered once the enabled modules have started.
     */
    public static final String CLI_GATEWAY = "aimaq.cli";

    private LaunchProperties() {
    }
}
