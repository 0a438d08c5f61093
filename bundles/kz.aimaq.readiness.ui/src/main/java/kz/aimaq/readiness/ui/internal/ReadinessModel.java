package kz.aimaq.readiness.ui.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
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
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.workbench.api.LiveModel;

/**
 * The readiness scores of the registry's units that every view of this bundle and the map
 * layer show. Scores in a background job whenever the registry comes (the registry is
 * optional: without it there is nothing to score, and the views say so). The views follow
 * {@link #live()}: it hears of progress and of new results, and of the regions coming.
 */
@Component(service = ReadinessModel.class)
public final class ReadinessModel {

    private static final int WORK = 100;

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final ReadinessEngine engine;
    private final LiveModel live = new LiveModel("aimaq-readiness-views", () -> logger);
    private final AtomicReference<RegistryService> registry = new AtomicReference<>();
    private final LiveModel.Slot<Regions> regions = live.slot();
    private final LiveModel.Slot<EventAdmin> events = live.quietSlot();
    private final LiveModel.Slot<UserContext> user = live.quietSlot();
    private final LiveModel.Slot<SubmittedValues> submitted = live.quietSlot();
    private final AtomicReference<Status> status = new AtomicReference<>(Status.of(Status.Phase.NO_REGISTRY));
    private final AtomicLong generation = new AtomicLong();
    /**
     * Whether the user chose the synthetic demonstration data for when no okrug has submitted its
     * return: off until they do, so that nobody mistakes generated figures for real ones.
     */
    private volatile boolean demo;
    /** The language the scoring job under way was named in. */
    private volatile Locale jobLocale;

    /**
     * Framework (or system) property that makes the demonstration data the default, for an
     * installation shown at a demonstration or a test framework; otherwise the user ticks it.
     */
    static final String DEMO_PROPERTY = "aimaq.readiness.demo";

    @Activate
    public ReadinessModel(@Reference ReadinessEngine engine, BundleContext context) {
        this(engine);
        demo = Boolean.parseBoolean(context.getProperty(DEMO_PROPERTY));
    }

    ReadinessModel(ReadinessEngine engine) {
        this.engine = engine;
    }

    @Deactivate
    void deactivate() {
        generation.incrementAndGet();
        live.close();
    }

    /** What the views follow, and their worker thread, jobs and logger. */
    LiveModel live() {
        return live;
    }

    Status status() {
        return status.get();
    }

    Optional<ReadinessResults> results() {
        return Optional.ofNullable(status.get().results());
    }

    Optional<Regions> regions() {
        return regions.get();
    }

    boolean demo() {
        return demo;
    }

    /** Shows or hides the demonstration data (used only while no okrug has submitted), scoring again. */
    void showDemo(boolean shown) {
        demo = shown;
        recompute();
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
        live.job(named.get("job.score"), monitor -> {
            monitor.begin(WORK);
            int[] reported = {0};
            try {
                Optional<ReadinessResults> results = ReadinessResults.compute(engine, current, submitted.get(), demo,
                        share -> {
                            int done = (int) Math.round(share * WORK);
                            monitor.worked(done - reported[0]);
                            reported[0] = done;
                            publish(run, new Status(Status.Phase.COMPUTING, share, previous, ""));
                        }, () -> monitor.isCancelled() || generation.get() != run);
                monitor.worked(WORK - reported[0]);
                publish(run, results.map(r -> new Status(Status.Phase.READY, 1, r, ""))
                        .orElse(Status.of(Status.Phase.NO_RETURNS)));
            } catch (CancellationException e) {
                publish(run, new Status(Status.Phase.CANCELLED, 0, previous, ""));
            } catch (RuntimeException e) {
                live.logFailure("Scoring the registry's units failed", e);
                publish(run, new Status(Status.Phase.FAILED, 0, previous, String.valueOf(e.getMessage())));
            }
        });
    }

    /** This bundle's strings in the user's language (English before a user is known). */
    Messages messages() {
        Locale locale = user.get().map(UserContext::locale).orElse(Languages.ENGLISH);
        return Messages.of(ReadinessModel.class, locale);
    }

    private void publish(long run, Status next) {
        if (generation.get() != run) {
            return;
        }
        Status before = status.getAndSet(next);
        live.changed();
        if (before.results() != next.results()) {
            events.get().ifPresent(admin -> admin.postEvent(new Event(ChoroplethLayer.TOPIC_CHANGED,
                    Map.of("id", ScoreLayer.ID))));
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

    /** The returns okrugs submitted: scored instead of the demonstration values wherever any came. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindSubmitted(SubmittedValues service) {
        submitted.bind(service);
        recompute();
    }

    void unbindSubmitted(SubmittedValues service) {
        submitted.unbind(service);
        recompute();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegions(Regions service) {
        regions.bind(service);
    }

    void unbindRegions(Regions service) {
        regions.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindJobService(JobService service) {
        live.jobService().bind(service);
    }

    void unbindJobService(JobService service) {
        live.jobService().unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindEventAdmin(EventAdmin service) {
        events.bind(service);
    }

    void unbindEventAdmin(EventAdmin service) {
        events.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindUser(UserContext service) {
        user.bind(service);
        // the registry is often bound first: a scoring under way was named in English, and its name
        // is what the status line shows
        if (status.get().phase() == Status.Phase.COMPUTING && !service.locale().equals(jobLocale)) {
            recompute();
        }
    }

    void unbindUser(UserContext service) {
        user.unbind(service);
    }
}
