package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

/** The scoring runs as a platform job that reports progress, honours cancel and announces new colours. */
class ModelJobTest {

    private final ReadinessModel model = demo(new ReadinessModel(new ReadinessEngineImpl()));
    private final List<String> names = new CopyOnWriteArrayList<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger worked = new AtomicInteger();
    private final AtomicBoolean cancelAfterFirstStep = new AtomicBoolean();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    /** These tests watch the scoring job: with the demonstration chosen there is something to score. */
    private static ReadinessModel demo(ReadinessModel model) {
        model.showDemo(true);
        return model;
    }

    @AfterEach
    void deactivate() {
        model.deactivate();
    }

    @Test
    void scoringIsAJobInTheUsersLanguageThatReportsAllItsWorkAndAnnouncesTheLayer() throws Exception {
        bind();
        model.bindRegistry(SampleRegistry.create());

        assertEquals(Status.Phase.READY, awaitEnd());
        assertEquals(List.of("Цифрлық және ЖИ-ге дайындықты есептеу"), names);
        assertEquals(100, total.get());
        assertEquals(100, worked.get(), "all work reported");
        // The model publishes its new status before it posts the event: wait for the event too.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!layerAnnounced() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(layerAnnounced(), events.toString());
    }

    @Test
    void aScoringStartedBeforeTheUserIsKnownIsStartedAgainInTheUsersLanguage() throws Exception {
        List<JobTask> queued = new CopyOnWriteArrayList<>();
        model.bindJobService(new JobService() {
            @Override
            public Job schedule(String name, JobTask task) {
                names.add(name);
                queued.add(task);
                return null;
            }

            @Override
            public List<Job> running() {
                return List.of();
            }
        });
        model.bindRegistry(SampleRegistry.create());

        model.bindUser(new TestUser("aigerim", TestRegions.ALMATY_REGION, Languages.RUSSIAN, UserContext.ROLE_ANALYST));
        queued.get(queued.size() - 1).run(monitor());

        assertEquals(List.of("Scoring digital and AI readiness", "Расчёт цифровой готовности и готовности к ИИ"), names,
                "the status line shows the job in the user's language");
        assertEquals(Status.Phase.READY, model.status().phase());
    }

    @Test
    void cancellingTheJobLeavesNoResultsAndSaysSo() throws Exception {
        bind();
        cancelAfterFirstStep.set(true);
        model.bindRegistry(SampleRegistry.create());

        assertEquals(Status.Phase.CANCELLED, awaitEnd());
        assertNull(model.status().results());
        assertTrue(events.isEmpty(), "no new colours");
    }

    private void bind() {
        model.bindUser(new TestUser("aigerim", TestRegions.ALMATY_REGION, Languages.KAZAKH, UserContext.ROLE_ANALYST));
        model.bindEventAdmin(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        });
        model.bindJobService(new JobService() {
            @Override
            public Job schedule(String name, JobTask task) {
                names.add(name);
                CompletableFuture.runAsync(() -> {
                    try {
                        task.run(monitor());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                return null;
            }

            @Override
            public List<Job> running() {
                return List.of();
            }
        });
    }

    private ProgressMonitor monitor() {
        return new ProgressMonitor() {
            @Override
            public void begin(int totalWork) {
                total.set(totalWork);
            }

            @Override
            public void worked(int work) {
                worked.addAndGet(work);
            }

            @Override
            public void subTask(String description) {
                // the scoring names its job once; steps show as progress
            }

            @Override
            public boolean isCancelled() {
                return cancelAfterFirstStep.get() && worked.get() > 0;
            }
        };
    }

    private boolean layerAnnounced() {
        return events.stream().anyMatch(e -> e.getTopic().equals(ChoroplethLayer.TOPIC_CHANGED)
                && ScoreLayer.ID.equals(e.getProperty("id")));
    }

    private Status.Phase awaitEnd() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            Status.Phase phase = model.status().phase();
            if (phase != Status.Phase.COMPUTING && phase != Status.Phase.NO_REGISTRY) {
                return phase;
            }
            Thread.sleep(10);
        }
        return model.status().phase();
    }
}
