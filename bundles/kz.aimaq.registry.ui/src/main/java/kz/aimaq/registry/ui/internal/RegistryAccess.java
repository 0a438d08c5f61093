package kz.aimaq.registry.ui.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The services the registry views use, each optional: the views must stay up (with a message)
 * while the registry module is stopped or its database cannot be reached. Runs the views'
 * reads on one worker thread, and tells the open views when the registry comes or goes.
 * The registry service is fetched on first use, off the UI thread: fetching it activates it,
 * which loads every unit, and a view must not wait for that to be built.
 */
@Component(service = RegistryAccess.class)
public final class RegistryAccess {

    /** The bound registry and, once fetched, its service object. */
    private record Bound(ComponentServiceObjects<RegistryService> objects, RegistryService service) {
    }

    private final AtomicReference<Bound> registry = new AtomicReference<>();
    private final AtomicReference<JobService> jobs = new AtomicReference<>();
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final BackgroundWork work = new BackgroundWork("aimaq-registry-views", this::logFailure);

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    @Deactivate
    void deactivate() {
        listeners.clear();
        work.close();
    }

    /** Whether a registry is running; cheap, for the UI thread. */
    public boolean available() {
        return registry.get() != null;
    }

    /**
     * The registry service, fetched on first use; empty while none runs or when it failed to
     * activate. Call it off the UI thread: the first call waits for the registry to load.
     */
    public Optional<RegistryService> registry() {
        Bound bound = registry.get();
        if (bound == null) {
            return Optional.empty();
        }
        if (bound.service() == null) {
            synchronized (this) {
                bound = registry.get();
                if (bound != null && bound.service() == null) {
                    RegistryService service = bound.objects().getService();
                    if (service != null && registry.compareAndSet(bound, new Bound(bound.objects(), service))) {
                        bound = registry.get();
                    }
                }
            }
        }
        return Optional.ofNullable(bound == null ? null : bound.service());
    }

    /**
     * Tells every listener that units changed (a rename, an abolition, an import made in a view),
     * so that the tree and the details read them again instead of keeping the old names.
     */
    public void unitsChanged() {
        changed();
    }

    /** Calls {@code listener} (on any thread) when the registry service comes or goes, or units changed. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Runs a read on the views' worker thread; dropped once this component is deactivated. */
    public void read(Runnable task) {
        work.run(task);
    }

    /**
     * Reads from the registry on the worker thread and hands the result to {@code show} on the
     * UI thread: empty when the registry is absent. A failure is logged and handed to
     * {@code fail}. Both callbacks must check that their widgets still exist.
     */
    public <T> void read(ViewSite site, Function<RegistryService, T> read, Consumer<Optional<T>> show,
            Consumer<RuntimeException> fail) {
        read(() -> {
            try {
                Optional<RegistryService> service = registry();
                Optional<T> result = service.isEmpty() ? Optional.empty() : Optional.of(read.apply(service.get()));
                site.asyncExec(() -> show.accept(result));
            } catch (RuntimeException e) {
                logFailure("Reading the registry for view " + site.id() + " failed", e);
                site.asyncExec(() -> fail.accept(e));
            }
        });
    }

    /**
     * Runs long work as a job with a localised name, progress and cancel in the status line,
     * or on the worker thread (without a monitor anyone sees) when no job service runs.
     */
    public void job(String name, JobTask task) {
        work.job(jobs.get(), name, task);
    }

    /** Logs a failure nobody expected, with its stack trace. */
    public void logFailure(String what, Throwable failure) {
        Logger current = logger;
        if (current != null) {
            current.error("{}", what, failure);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegistry(ComponentServiceObjects<RegistryService> objects) {
        registry.set(new Bound(objects, null));
        changed();
    }

    void unbindRegistry(ComponentServiceObjects<RegistryService> objects) {
        Bound bound = registry.get();
        if (bound != null && bound.objects() == objects && registry.compareAndSet(bound, null)) {
            changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindJobs(JobService service) {
        jobs.set(service);
    }

    void unbindJobs(JobService service) {
        jobs.compareAndSet(service, null);
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
