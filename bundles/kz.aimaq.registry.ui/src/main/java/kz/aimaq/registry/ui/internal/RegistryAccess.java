package kz.aimaq.registry.ui.internal;

import java.util.Optional;
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

import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The services the registry views use, each optional: the views must stay up (with a message)
 * while the registry module is stopped or its database cannot be reached. The open views
 * follow {@link #live()}, which hears when the registry comes or goes and when units changed,
 * and runs their reads on its worker thread.
 * The registry service is fetched on first use, off the UI thread: fetching it activates it,
 * which loads every unit, and a view must not wait for that to be built.
 */
@Component(service = RegistryAccess.class)
public final class RegistryAccess {

    /** The bound registry and, once fetched, its service object. */
    private record Bound(ComponentServiceObjects<RegistryService> objects, RegistryService service) {
    }

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final LiveModel live = new LiveModel("aimaq-registry-views", () -> logger);
    private final AtomicReference<Bound> registry = new AtomicReference<>();

    @Deactivate
    void deactivate() {
        live.close();
    }

    /** What the views follow, and their worker thread, jobs and logger. */
    public LiveModel live() {
        return live;
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
     * Tells every view that units changed (a rename, an abolition, an import made in a view),
     * so that the tree and the details read them again instead of keeping the old names.
     */
    public void unitsChanged() {
        live.changed();
    }

    /**
     * Reads from the registry on the worker thread and hands the result to {@code show} on the
     * UI thread: empty when the registry is absent. A failure is logged and handed to
     * {@code fail}. Both callbacks must check that their widgets still exist.
     */
    public <T> void read(ViewSite site, Function<RegistryService, T> read, Consumer<Optional<T>> show,
            Consumer<RuntimeException> fail) {
        live.read(site, () -> registry().map(read), show, fail);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegistry(ComponentServiceObjects<RegistryService> objects) {
        registry.set(new Bound(objects, null));
        live.changed();
    }

    void unbindRegistry(ComponentServiceObjects<RegistryService> objects) {
        Bound bound = registry.get();
        if (bound != null && bound.objects() == objects && registry.compareAndSet(bound, null)) {
            live.changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindJobs(JobService service) {
        live.jobService().bind(service);
    }

    void unbindJobs(JobService service) {
        live.jobService().unbind(service);
    }
}
