package kz.aimaq.readiness.ui.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.registry.api.RegistryService;

/**
 * The readiness scores of the registry's units that every view of this bundle and the map
 * layer show. Scores in a background job whenever the registry comes (the registry is
 * optional: without it there is nothing to score, and the views say so); listeners hear of
 * progress and of new results on a worker thread.
 */
@Component(service = ReadinessModel.class)
public final class ReadinessModel {

    private static final int WORK = 100;

    private final ReadinessEngine engine;
    private final AtomicReference<RegistryService> registry = new AtomicReference<>();
    private final AtomicReference<Regions> regions = new AtomicReference<>();
    private final AtomicReference<JobService> jobs = new AtomicReference<>();
    private final AtomicReference<EventAdmin> events = new AtomicReference<>();
    private final AtomicReference<UserContext> user = new AtomicReference<>();
    private final AtomicReference<Status> status = new AtomicReference<>(Status.of(Status.Phase.NO_REGISTRY));
    private final AtomicLong generation = new AtomicLong();
    /** The language the scoring job under way was named in. */
    private volatile Locale jobLocale;
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final BackgroundWork work = new BackgroundWork("aimaq-readiness-views",
            (name, failure) -> log("Background work \"" + name + "\" failed", failure));

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    @Activate
    public ReadinessModel(@Reference ReadinessEngine engine) {
        this.engine = engine;
    }

    @Deactivate
    void deactivate() {
        generation.incrementAndGet();
        listeners.clear();
        work.close();
    }

    Status status() {
        return status.get();
    }

    Optional<ReadinessResults> results() {
        return Optional.ofNullable(status.get().results());
    }

    Optional<Regions> regions() {
        return Optional.ofNullable(regions.get());
    }

    /** Calls {@code listener} (on any thread) whenever {@link #status()} changed. */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Scores again from the registry as it is now, in a job; the previous run is dropped. */
    void recompute() {
        RegistryService current = registry.get();
        long run = generation.incrementAndGet();
        if (current == null) {
            publish(run, Status.of(Status.Phase.NO_REGISTRY));
            return;
        }
        ReadinessResults previous = status.get().results();
        publish(run, new Status(Status.Phase.COMPUTING, 0, previous, ""));
        Messages named = messages();
        jobLocale = named.locale();
        run(named.get("job.score"), monitor -> {
            monitor.begin(WORK);
            int[] reported = {0};
            try {
                ReadinessResults results = ReadinessResults.compute(engine, current, share -> {
                    int done = (int) Math.round(share * WORK);
                    monitor.worked(done - reported[0]);
                    reported[0] = done;
                    publish(run, new Status(Status.Phase.COMPUTING, share, previous, ""));
                }, () -> monitor.isCancelled() || generation.get() != run);
                monitor.worked(WORK - reported[0]);
                publish(run, new Status(Status.Phase.READY, 1, results, ""));
            } catch (CancellationException e) {
                publish(run, new Status(Status.Phase.CANCELLED, 0, previous, ""));
            } catch (RuntimeException e) {
                log("Scoring the registry's units failed", e);
                publish(run, new Status(Status.Phase.FAILED, 0, previous, String.valueOf(e.getMessage())));
            }
        });
    }

    /** Runs {@code task} as a job named {@code name}, or on the worker thread without a job service. */
    void run(String name, JobTask task) {
        work.job(jobs.get(), name, task);
    }

    void log(String what, Throwable failure) {
        Logger current = logger;
        if (current != null) {
            current.error("{}", what, failure);
        }
    }

    /** This bundle's strings in the user's language (English before a user is known). */
    Messages messages() {
        UserContext current = user.get();
        Locale locale = current != null ? current.locale() : Languages.ENGLISH;
        return Messages.of(ReadinessModel.class, locale);
    }

    private void publish(long run, Status next) {
        if (generation.get() != run) {
            return;
        }
        Status before = status.getAndSet(next);
        listeners.forEach(Runnable::run);
        EventAdmin admin = events.get();
        if (admin != null && before.results() != next.results()) {
            admin.postEvent(new Event(ChoroplethLayer.TOPIC_CHANGED, Map.of("id", ScoreLayer.ID)));
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegistry(RegistryService service) {
        registry.set(service);
        recompute();
    }

    void unbindRegistry(RegistryService service) {
        if (registry.compareAndSet(service, null)) {
            recompute();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegions(Regions service) {
        regions.set(service);
        listeners.forEach(Runnable::run);
    }

    void unbindRegions(Regions service) {
        regions.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindJobService(JobService service) {
        jobs.set(service);
    }

    void unbindJobService(JobService service) {
        jobs.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindEventAdmin(EventAdmin service) {
        events.set(service);
    }

    void unbindEventAdmin(EventAdmin service) {
        events.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindUser(UserContext service) {
        user.set(service);
        // the registry is often bound first: a scoring under way was named in English, and its name
        // is what the status line shows
        if (status.get().phase() == Status.Phase.COMPUTING && !service.locale().equals(jobLocale)) {
            recompute();
        }
    }

    void unbindUser(UserContext service) {
        user.compareAndSet(service, null);
    }
}
