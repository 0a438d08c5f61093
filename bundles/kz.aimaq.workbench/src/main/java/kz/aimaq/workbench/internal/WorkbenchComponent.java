package kz.aimaq.workbench.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobListener;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.feature.WindowShown;
import kz.aimaq.workbench.api.Command;
import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.SelectionService;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.internal.model.Contributions;
import kz.aimaq.workbench.internal.model.Selection;
import kz.aimaq.workbench.internal.model.ShellLog;
import kz.aimaq.workbench.internal.model.StateStore;
import kz.aimaq.workbench.internal.window.MainLoop;
import kz.aimaq.workbench.internal.window.UiSync;
import kz.aimaq.workbench.internal.window.WindowContext;
import kz.aimaq.workbench.internal.window.WorkbenchWindow;

/**
 * The workbench shell as the framework sees it: the main loop the launcher runs, the shared
 * selection, a job listener for the status line and a locale listener. It collects views,
 * commands and perspectives from the whiteboard by their properties and feeds the window.
 */
@Designate(ocd = WorkbenchConfig.class)
@Component(configurationPid = "kz.aimaq.workbench",
        service = {Runnable.class, SelectionService.class, JobListener.class, EventHandler.class},
        property = {LaunchProperties.MAIN_LOOP + "=workbench", EventConstants.EVENT_TOPIC + "=" + Topics.LOCALE_CHANGED,
            EventConstants.EVENT_TOPIC + "=" + WorkbenchComponent.DATABASE_UNAVAILABLE,
            EventConstants.EVENT_TOPIC + "=" + WorkbenchComponent.DATABASE_AVAILABLE})
public final class WorkbenchComponent implements Runnable, SelectionService, JobListener, EventHandler {

    /**
     * The storage bundle's topics ({@code Database.TOPIC_UNAVAILABLE} and {@code TOPIC_AVAILABLE}),
     * by value: the shell runs, and warns, without depending on the storage API.
     */
    static final String DATABASE_UNAVAILABLE = "kz/aimaq/storage/UNAVAILABLE";
    static final String DATABASE_AVAILABLE = "kz/aimaq/storage/AVAILABLE";

    private final BundleContext bundleContext;
    private final UserContext user;
    private final ShellLog log;
    /** The settings (conf/kz.aimaq.workbench.cfg): taken in place, for a window open or to come. */
    private volatile WorkbenchConfig config;
    private final Contributions contributions = new Contributions();
    private final ServiceContributions services;
    private final Selection selection = new Selection();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile CountDownLatch loopEnded = new CountDownLatch(0);
    private volatile WorkbenchWindow window;
    /** While the window is open, once it has shown its first page; the UI thread's. */
    private ServiceRegistration<WindowShown> shownRegistration;
    /** The unreachable database's address, kept for a window opened after the event. */
    private volatile String unreachableDatabase;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JobService jobService;

    @Activate
    public WorkbenchComponent(BundleContext bundleContext, WorkbenchConfig config, @Reference UserContext user,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.bundleContext = bundleContext;
        this.user = user;
        this.log = new OsgiShellLog(logger);
        this.config = config;
        this.services = new ServiceContributions(bundleContext, contributions, log);
        selection.addListener(this::post);
    }

    /**
     * New settings are taken in place: without this method the runtime would deactivate the
     * component, closing the user's window, to activate it again with them; and conf/ is read
     * behind the window. The contribution time limit applies at once, the views the start waits
     * for if it still does.
     */
    @Modified
    void modified(WorkbenchConfig changed) {
        WorkbenchConfig before = config;
        config = changed;
        log.info("workbench settings changed: contribution time limit " + timeout().toMillis() + " ms");
        WorkbenchWindow open = window;
        // only a change of them: the same views set again would start their time limit over
        if (open != null && (!awaitedViews(before).equals(awaitedViews(changed))
                || before.awaitedViewsMillis() != changed.awaitedViewsMillis())) {
            open.awaitViews(awaitedViews(changed), awaitLimit());
        }
    }

    /** The views to await; a view named twice in the settings counts once. */
    private static Set<String> awaitedViews(WorkbenchConfig settings) {
        return Set.copyOf(java.util.Arrays.asList(settings.awaitedViews()));
    }

    private Duration awaitLimit() {
        return Duration.ofMillis(Math.max(1, config.awaitedViewsMillis()));
    }

    private Duration timeout() {
        return Duration.ofMillis(Math.max(1, config.contributionTimeoutMillis()));
    }

    /**
     * Closes the window and, unless called on the UI thread, waits until the main loop has saved
     * the user's window state: once this returns the framework goes on to stop the bundles
     * (JSON among them) that saving needs.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        WorkbenchWindow open = window;
        if (open != null) {
            open.close();
            if (Display.getCurrent() == null) {
                loopEnded.await(10, TimeUnit.SECONDS);
            }
        }
    }

    @Reference(service = View.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeService", updated = "updatedView")
    void addView(ServiceReference<View> ref) {
        services.addView(ref);
    }

    void updatedView(ServiceReference<View> ref) {
        services.remove(ref);
        services.addView(ref);
    }

    @Reference(service = Command.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeService", updated = "updatedCommand")
    void addCommand(ServiceReference<Command> ref) {
        services.addCommand(ref);
    }

    void updatedCommand(ServiceReference<Command> ref) {
        services.remove(ref);
        services.addCommand(ref);
    }

    @Reference(service = Perspective.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeService", updated = "updatedPerspective")
    void addPerspective(ServiceReference<Perspective> ref) {
        services.addPerspective(ref);
    }

    void updatedPerspective(ServiceReference<Perspective> ref) {
        services.remove(ref);
        services.addPerspective(ref);
    }

    void removeService(ServiceReference<?> ref) {
        services.remove(ref);
    }

    /**
     * The Declarative Services runtime says which missing perspectives are on their way; its
     * {@code service.changecount} changes when a component's state does, and views waiting for a
     * perspective are looked at again.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            updated = "componentsChanged")
    void bindComponentRuntime(ServiceComponentRuntime runtime) {
        contributions.perspectivesComing(new ComingPerspectives(runtime));
    }

    void componentsChanged(ServiceComponentRuntime runtime) {
        contributions.perspectivesComing(new ComingPerspectives(runtime));
    }

    void unbindComponentRuntime(ServiceComponentRuntime runtime) {
        contributions.perspectivesComing(null);
    }

    /** Opens the window on the calling thread and returns when it has been closed. */
    @Override
    public void run() {
        if (!running.compareAndSet(false, true)) {
            log.warn("the workbench window is open already; a second run() is ignored");
            return;
        }
        loopEnded = new CountDownLatch(1);
        try {
            StateStore store = new StateStore(StateStore.fileFor(dataFolder(), user.user()), log);
            // The launcher may have connected to the display on this thread already, to save start-up time.
            Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
            ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
            try {
                WindowContext context = new WindowContext(new UiSync(display, log), user, selection, log, workers,
                        this::timeout, bundleContext.getBundle().getVersion().toString());
                WorkbenchWindow opened = new WorkbenchWindow(context, contributions, store.read(), this::shown,
                        this::ready, awaitedViews(config), awaitLimit());
                window = opened;
                opened.open();
                JobService jobs = jobService;
                if (jobs != null) {
                    jobs.running().forEach(opened::jobChanged);
                }
                opened.databaseUnreachable(unreachableDatabase);
                MainLoop.run(display, opened.shell(), log);
                store.write(opened.state());
            } finally {
                window = null;
                withdrawShown();
                // Disposing the widgets releases the views' services through the workers: stop them after.
                display.dispose();
                workers.shutdown();
            }
        } finally {
            running.set(false);
            loopEnded.countDown();
        }
    }

    @Override
    public void select(SelectedUnit unit) {
        selection.select(unit);
    }

    @Override
    public Optional<SelectedUnit> current() {
        return selection.current();
    }

    @Override
    public void changed(Job job) {
        WorkbenchWindow open = window;
        if (open != null) {
            open.jobChanged(job);
        }
    }

    @Override
    public void handleEvent(Event event) {
        WorkbenchWindow open = window;
        if (DATABASE_UNAVAILABLE.equals(event.getTopic()) || DATABASE_AVAILABLE.equals(event.getTopic())) {
            Object url = event.getProperty("url");
            unreachableDatabase = DATABASE_AVAILABLE.equals(event.getTopic()) ? null : String.valueOf(url);
            if (open != null) {
                open.databaseUnreachable(unreachableDatabase);
            }
        } else if (open != null && Topics.LOCALE_CHANGED.equals(event.getTopic())) {
            open.localeChanged();
        }
    }

    private void post(SelectedUnit unit) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(SelectionService.TOPIC, unit.toEventProperties()));
        }
    }

    /** Tells the launcher and the module manager that the other modules may start now (WindowShown). */
    private void shown() {
        log.info("workbench shown in " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                + " ms");
        try {
            shownRegistration = bundleContext.registerService(WindowShown.class, new WindowShown() {
            }, null);
        } catch (IllegalStateException stopping) {
            // the framework is stopping: nothing is to start any more
        }
    }

    private void withdrawShown() {
        if (shownRegistration != null) {
            try {
                shownRegistration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters it itself when this bundle stops first
            }
            shownRegistration = null;
        }
    }

    private void ready() {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("workbench ready in " + millis + " ms");
        if (Boolean.parseBoolean(bundleContext.getProperty(LaunchProperties.EXIT_WHEN_READY))) {
            // Command-line output the start-up benchmark reads, not logging.
            System.out.println("aimaq: ready in " + millis + " ms");
            System.out.flush();
            WorkbenchWindow open = window;
            if (open != null) {
                open.close();
            }
        }
    }

    private Path dataFolder() {
        String data = bundleContext.getProperty(LaunchProperties.DATA);
        return data == null || data.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "share", "aimaq")
                : Path.of(data);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "aimaq-workbench-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
