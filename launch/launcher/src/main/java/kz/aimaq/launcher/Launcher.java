package kz.aimaq.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

import kz.aimaq.platform.feature.Feature;
import kz.aimaq.platform.feature.FeatureBundle;
import kz.aimaq.platform.feature.FeatureException;
import kz.aimaq.platform.feature.FeatureReader;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.feature.WindowShown;

/**
 * Starts an embedded Felix, installs every feature's bundles and starts those of the core
 * features. The platform's module manager, one of them, then starts the optional modules the
 * region policy enables for the user's region.
 */
final class Launcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    private static final long SERVICE_TIMEOUT_SECONDS = 60;
    /** Stopping includes the database's wait for other processes it serves (storage's hand-over, 15 s). */
    private static final long STOP_TIMEOUT_SECONDS = 40;
    private static final String PLATFORM = "platform";
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";
    private static final String WORKBENCH = "workbench";
    private static final String STORAGE = "storage";
    /** The module of Home, the page the window opens on. */
    private static final String HOME = "reporting";
    /** The widget toolkit's bundle; its fragments' names start with it. */
    private static final String TOOLKIT = "org.eclipse.swt";

    private final Options options;
    private final CountDownLatch mainLoopEnded = new CountDownLatch(1);
    private final Path bundleCache;
    private final Timeline timeline = new Timeline();
    private volatile Framework framework;

    Launcher(Options options) throws IOException {
        this.options = options;
        this.bundleCache = BundleCaches.forThisProcess(options.data().resolve("felix-cache"));
    }

    void start() throws IOException, FeatureException, LaunchException, BundleException {
        timeline.mark("main");
        // The process first on the embedded database serves it to the others on this machine
        // (H2's automatic server mode); H2 would listen on every network interface otherwise.
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        List<Feature> features = FeatureReader.readAll(options.home().resolve("features"));
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the class path"))
                .newFramework(withFrameworkLog(frameworkProperties()));
        framework.start();
        timeline.mark("framework");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnSignal, "aimaq-shutdown"));
        BundleContext context = framework.getBundleContext();
        if (options.headless()) {
            CoreBundles core = installAll(context, features, module -> true);
            timeline.mark("installed");
            startAll(core.platform());
            timeline.mark("platform");
            startAll(core.rest());
            timeline.mark("core");
            logStarting(features);
            return;
        }
        // With a display the work is shared between threads, for the two cores of a small desktop.
        // This one installs the toolkit's bundles and connects to the display, then installs and starts
        // the shell's; another installs and starts the platform's, then Home's, which a third installs
        // meanwhile. The window waits for the shell and the platform, not for the database, nor for
        // bundles it does not need: those (the database's, the registry's) start once it has shown Home.
        // Installing beside a start cannot change how the started bundles resolve: no bundle outside
        // the platform's and the shell's features exports a package theirs import (StartOrderIT).
        Bundle toolkit = null;
        for (Feature feature : features) {
            for (FeatureBundle entry : feature.bundles()) {
                if (entry.ui() && entry.artifactId().startsWith(TOOLKIT)) {
                    Bundle bundle = install(context, feature, entry);
                    toolkit = entry.artifactId().equals(TOOLKIT) ? bundle : toolkit;
                }
            }
        }
        // What each thread starts resolves against what the other installed: each waits for that.
        CompletableFuture<CoreBundles> platformInstalled = new CompletableFuture<>();
        CompletableFuture<CoreBundles> shellInstalled = new CompletableFuture<>();
        CompletableFuture<CoreBundles> restInstalled = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                CoreBundles platform = installAll(context, features, PLATFORM::equals);
                platformInstalled.complete(platform);
                Thread installer = new Thread(() -> {
                    try {
                        restInstalled.complete(installAll(context, features,
                                m -> !PLATFORM.equals(m) && !WORKBENCH.equals(m)));
                        timeline.mark("installed");
                    } catch (LaunchException | BundleException | RuntimeException e) {
                        restInstalled.completeExceptionally(e);
                    }
                }, "aimaq-install");
                installer.setDaemon(true);
                installer.start();
                startAll(platform.platform());
                timeline.mark("platform");
                CoreBundles rest = await(restInstalled);
                await(shellInstalled);
                startAll(rest.home());
                if (behindWindow()) {
                    boolean shown = WindowShown.await(context);
                    timeline.mark(shown ? "shown" : "not shown");
                }
                startAll(rest.rest());
                timeline.mark("core");
            } catch (LaunchException | BundleException | RuntimeException e) {
                // a bundle that could not be installed, or a shell that did not start, is reported by this
                // method, on the main thread
                if (!platformInstalled.completeExceptionally(e) && !restInstalled.isCompletedExceptionally()
                        && !shellInstalled.isCompletedExceptionally()) {
                    LOG.log(java.util.logging.Level.SEVERE, "a core bundle did not start", e);
                }
            }
        }, "aimaq-core-start");
        starter.setDaemon(true);
        starter.start();
        try {
            openDisplayEarly(toolkit);
            timeline.mark("display");
            await(platformInstalled);
            CoreBundles shell = installAll(context, features, WORKBENCH::equals);
            shellInstalled.complete(shell);
            startAll(shell.shell());
            timeline.mark("shell");
            // installed by now as a rule; a missing jar stops the start here, as it does headless
            await(restInstalled);
        } catch (LaunchException | BundleException | RuntimeException e) {
            // the start stops; the other thread then stops waiting for the shell
            shellInstalled.completeExceptionally(e);
            throw e;
        }
        logStarting(features);
    }

    private void logStarting(List<Feature> features) {
        LOG.info(() -> "started the core bundles of " + features.size() + " features from " + options.home()
                + (options.headless() ? "" : "; the other modules start behind the window"));
    }

    /** Whether the modules Home does not need start once the window has shown it. */
    private boolean behindWindow() {
        return Boolean.parseBoolean(framework.getBundleContext().getProperty(LaunchProperties.BEHIND_WINDOW));
    }

    /**
     * The core bundles to start, in the groups they start in: the shell's and Home's only with a
     * window.
     */
    private record CoreBundles(List<Bundle> platform, List<Bundle> shell, List<Bundle> home, List<Bundle> rest) {
    }

    /**
     * Installs every feature's bundles (those installed already are found again) and sorts the core
     * ones into the groups they start in. Of the rest, the database's bundles start first: opening it
     * is the longest step before any module's data (the registry's, Home's figures) can be read.
     * Home's start before them, with a window: Home paints the figures it showed last as soon as it
     * is created, and needs no database for that.
     */
    private CoreBundles installAll(BundleContext context, List<Feature> features, Predicate<String> modules)
            throws LaunchException, BundleException {
        List<Bundle> platform = new ArrayList<>();
        List<Bundle> shell = new ArrayList<>();
        List<Bundle> storage = new ArrayList<>();
        List<Bundle> home = new ArrayList<>();
        List<Bundle> rest = new ArrayList<>();
        for (Feature feature : features.stream().filter(f -> modules.test(f.module())).toList()) {
            for (FeatureBundle entry : feature.bundles()) {
                Bundle bundle = install(context, feature, entry);
                if (feature.core() && !(entry.ui() && options.headless())) {
                    (PLATFORM.equals(feature.module()) ? platform
                            : WORKBENCH.equals(feature.module()) ? shell
                            : STORAGE.equals(feature.module()) ? storage
                            : HOME.equals(feature.module()) && !options.headless() ? home : rest).add(bundle);
                }
            }
        }
        rest.addAll(0, storage);
        return new CoreBundles(platform, shell, home, rest);
    }

    private static <T> T await(CompletableFuture<T> installed) throws LaunchException, BundleException {
        try {
            return installed.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof LaunchException launch) {
                throw launch;
            }
            if (e.getCause() instanceof BundleException bundle) {
                throw bundle;
            }
            throw e;
        }
    }

    /**
     * Connects to the display on the main thread while the bundles start on another: GTK's start
     * takes a few hundred milliseconds that would otherwise come after them. The shell, run on
     * this thread later, finds the display as the current one. If it fails the shell opens its own.
     */
    private static void openDisplayEarly(Bundle toolkit) {
        if (toolkit == null) {
            return;
        }
        try {
            toolkit.loadClass("org.eclipse.swt.widgets.Display").getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warning("could not connect to the display early, the shell will: " + e);
        }
    }

    private static void startAll(List<Bundle> bundles) throws BundleException {
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                start(bundle);
            }
        }
    }

    /** How often a start that lost a lock conflict is tried again before its failure counts. */
    static final int LOCK_CONFLICT_ATTEMPTS = 3;

    /**
     * Starts a bundle, again if Felix broke a lock cycle at our expense: when a thread that holds
     * the framework's global lock (the module manager starting a region's modules as storage
     * connects) needs the lock of the bundle this thread is starting, Felix interrupts this
     * thread's wait for the global lock and the start fails with "Unable to acquire global lock".
     * Seen twice in a day of runs, each time as "start-up failed"; the start is simply to be retried.
     */
    static void start(Bundle bundle) throws BundleException {
        for (int attempt = 1;; attempt++) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
                return;
            } catch (BundleException e) {
                boolean lockConflict = e.getMessage() != null && e.getMessage().contains("acquire global lock");
                if (!lockConflict || attempt == LOCK_CONFLICT_ATTEMPTS) {
                    throw e;
                }
                Thread.interrupted(); // the interrupt was Felix's, not a request to stop
                LOG.info(() -> bundle.getSymbolicName() + ": start lost a framework lock conflict; starting it again");
            }
        }
    }

    private Bundle install(BundleContext context, Feature feature, FeatureBundle entry)
            throws LaunchException, BundleException {
        Path jar = options.home().resolve("bundles").resolve(entry.fileName());
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException(feature.source() + ": bundle " + entry.coordinates() + " is missing: expected "
                    + jar + " (rebuild the distribution)");
        }
        return context.installBundle(jar.toUri().toString());
    }

    /** Felix takes its logger as an object among the (otherwise textual) properties. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Map<String, String> withFrameworkLog(Map<String, String> properties) {
        ((Map) properties).put("felix.log.logger", new FrameworkLog());
        return properties;
    }

    private Map<String, String> frameworkProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, bundleCache.toString());
        // A fresh cache each run: what starts is decided by the features and the region policy, never by
        // what happened to be running last time.
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // A component that takes long to activate on a busy machine makes whoever asks for its service
        // wait, not fail after SCR's default of 5 s; the CLI gateway's SLOW_START_MILLIS waits as long.
        // (The registry's first load, once the slowest, now runs on a thread of its own.)
        properties.put("ds.lock.timeout.milliseconds", Long.toString(TimeUnit.MINUTES.toMillis(10)));
        // EventAdmin prints its warnings on the console only when no log service is left to take them, that
        // is while the framework stops (an event posted as EventAdmin's pool shuts down): not for users' eyes.
        properties.put("org.apache.felix.eventadmin.LogLevel", "1");
        // An add-on whose activation never returns must not hold up the exit for SCR's default minute.
        properties.put(StopWatch.SCR_STOP_TIMEOUT, Long.toString(StopWatch.SCR_STOP_TIMEOUT_MILLIS));
        properties.put(LaunchProperties.HOME, options.home().toString());
        properties.put(LaunchProperties.DATA, options.data().toString());
        properties.put(LaunchProperties.DEPLOY, options.home().resolve("deploy").toString());
        properties.put(LaunchProperties.HEADLESS, Boolean.toString(options.headless()));
        properties.put(LaunchProperties.EXIT_WHEN_READY, Boolean.toString(options.exitWhenReady()));
        properties.put(LaunchProperties.BEHIND_WINDOW,
                Boolean.toString(!options.headless() && !SignInStep.central(options.home())));
        // conf/*.cfg become ConfigAdmin configurations (FileInstall), e.g. kz.aimaq.storage.cfg.
        properties.put("felix.fileinstall.dir", options.home().resolve("conf").toString());
        properties.put("felix.fileinstall.filter", ".*\\.cfg");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.enableConfigSave", "false");
        properties.put("felix.fileinstall.log.level", "2");
        properties.putAll(options.overrides());
        return properties;
    }

    /** Hands the main thread to the SWT shell until its window closes. */
    int runWorkbench() throws LaunchException, InterruptedException {
        if (!signedIn()) {
            return 0;
        }
        Runnable mainLoop = await(Runnable.class, LaunchProperties.MAIN_LOOP, "workbench",
                "the workbench shell did not start; see the log");
        timeline.mark("main loop");
        try {
            mainLoop.run();
        } finally {
            mainLoopEnded.countDown();
        }
        reportTimeline();
        if (options.exitWhenReady()) {
            System.out.println("aimaq: peak RSS " + peakRssMegabytes() + " MB");
        }
        return 0;
    }

    /** Runs the headless command once the enabled modules are up; none: 'help'. */
    int runCommand() throws LaunchException, InterruptedException {
        @SuppressWarnings("unchecked")
        Function<String[], Integer> gateway = await(Function.class, LaunchProperties.CLI_GATEWAY, "gateway",
                "the platform did not become ready; see the log");
        timeline.mark("gateway");
        reportTimeline();
        if (options.exitWhenReady()) {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("aimaq: ready in " + millis + " ms, peak RSS " + peakRssMegabytes() + " MB");
            return 0;
        }
        List<String> command = options.command().isEmpty() ? List.of("help") : options.command();
        if (!command.get(0).equals("help") && !signedIn()) {
            return 1;
        }
        return gateway.apply(command.toArray(String[]::new));
    }

    /** Central mode: the user signs in first ({@link SignInStep}); {@code false} when they did not. */
    private boolean signedIn() throws LaunchException, InterruptedException {
        if (!SignInStep.central(options.home())) {
            return true;
        }
        java.util.function.BooleanSupplier step = await(java.util.function.BooleanSupplier.class,
                LaunchProperties.MAIN_LOOP, SignInStep.MAIN_LOOP_VALUE, "the central sign-in did not start; see the log");
        return step.getAsBoolean();
    }

    /** The milestones in the log, and for the start-up benchmark on the console. */
    private void reportTimeline() {
        LOG.info(() -> "start-up timeline (ms since JVM start): " + timeline);
        if (options.exitWhenReady()) {
            System.out.println("aimaq: timeline " + timeline);
        }
    }

    /** Peak resident set size (Linux VmHWM), for the start-up benchmark; -1 elsewhere. */
    private static long peakRssMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private <T> T await(Class<T> type, String property, String value, String failure)
            throws LaunchException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<T, T> tracker;
        try {
            tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(
                    "(&(" + Constants.OBJECTCLASS + "=" + type.getName() + ")(" + property + "=" + value + "))"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open(true);
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_TIMEOUT_SECONDS));
        if (service == null) {
            throw new LaunchException(failure + ": " + options.data().resolve("logs/aimaq.log"));
        }
        return service;
    }

    /**
     * SIGTERM or Ctrl+C: stop the framework, which closes the window; wait until the main loop
     * has saved the user's window state before the JVM goes.
     */
    private void stopOnSignal() {
        Framework running = framework;
        if (running == null || running.getState() != Bundle.ACTIVE) {
            return;
        }
        try {
            stopEventAdmin(running);
            running.stop();
            StopWatch.awaitStop(running, TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS), System.err::println);
            BundleCaches.delete(bundleCache);
            if (!options.headless()) {
                mainLoopEnded.await(10, TimeUnit.SECONDS);
            }
        } catch (BundleException e) {
            LOG.warning("framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * EventAdmin is stopped first, while every bundle is still there: stopped with the rest, its
     * threads are interrupted delivering the events of bundles going away, and it prints warnings
     * about that on the console after successful runs. Transient, so the next start starts it.
     */
    private static void stopEventAdmin(Framework running) {
        for (Bundle bundle : running.getBundleContext().getBundles()) {
            if ("org.apache.felix.eventadmin".equals(bundle.getSymbolicName())) {
                try {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    LOG.warning("EventAdmin did not stop cleanly: " + e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (framework != null) {
            try {
                stopEventAdmin(framework);
                framework.stop();
                StopWatch.awaitStop(framework, TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS), System.err::println);
            } catch (BundleException e) {
                LOG.warning("framework did not stop cleanly: " + e.getMessage());
            }
        }
        BundleCaches.delete(bundleCache);
    }
}
