package kz.aimaq.platform.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobState;

class JobRunnerTest {

    private final List<RuntimeException> listenerFailures = new CopyOnWriteArrayList<>();
    private final JobRunner runner = new JobRunner(2, 100, (listener, e) -> listenerFailures.add(e));

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    private static JobState await(Job job) throws Exception {
        return job.completion().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void progressAndSubTaskAreVisibleWhileRunning() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Job job = runner.schedule("import", monitor -> {
            monitor.begin(4);
            monitor.worked(2);
            monitor.subTask("reading rows");
            halfway.countDown();
            release.await();
            monitor.worked(2);
        });
        assertTrue(halfway.await(10, TimeUnit.SECONDS));
        assertEquals(JobState.RUNNING, job.state());
        assertEquals(0.5, job.progress());
        assertEquals("reading rows", job.subTask());
        assertEquals(List.of(job), runner.running());
        release.countDown();
        assertEquals(JobState.DONE, await(job));
        assertEquals(1.0, job.progress());
        assertTrue(runner.running().isEmpty());
    }

    @Test
    void progressIsIndeterminateUntilBegin() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Job job = runner.schedule("wait", monitor -> {
            started.countDown();
            release.await();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(-1.0, job.progress());
        release.countDown();
        await(job);
    }

    @Test
    void cancelInterruptsARunningJob() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Job job = runner.schedule("sleeper", monitor -> {
            started.countDown();
            Thread.sleep(60_000);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        job.cancel();
        assertEquals(JobState.CANCELLED, await(job));
        assertTrue(job.failure().isEmpty(), "a cancelled job has not failed");
    }

    @Test
    void cancelledFlagLetsACooperativeJobStop() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Job job = runner.schedule("loop", monitor -> {
            started.countDown();
            while (!monitor.isCancelled()) {
                Thread.onSpinWait();
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        job.cancel();
        assertEquals(JobState.CANCELLED, await(job));
    }

    @Test
    void cancellingAWaitingJobEndsItWithoutRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Job first = runner.schedule("a", monitor -> release.await());
        Job second = runner.schedule("b", monitor -> release.await());
        boolean[] ran = new boolean[1];
        Job waiting = runner.schedule("c", monitor -> ran[0] = true);
        assertEquals(JobState.WAITING, waiting.state());
        waiting.cancel();
        assertEquals(JobState.CANCELLED, await(waiting));
        release.countDown();
        await(first);
        await(second);
        assertFalse(ran[0]);
    }

    @Test
    void aThrowingTaskFailsWithItsException() throws Exception {
        IllegalStateException boom = new IllegalStateException("no database");
        Job job = runner.schedule("fails", monitor -> {
            throw boom;
        });
        assertEquals(JobState.FAILED, await(job));
        assertEquals(boom, job.failure().orElseThrow());
    }

    @Test
    void aThrowingListenerDoesNotBreakJobsOrOtherListeners() throws Exception {
        List<JobState> seen = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        runner.addListener(job -> {
            throw new IllegalStateException("broken listener");
        });
        runner.addListener(job -> {
            seen.add(job.state());
            if (job.state() == JobState.DONE) {
                ended.countDown();
            }
        });
        Job job = runner.schedule("ok", monitor -> monitor.worked(1));
        assertEquals(JobState.DONE, await(job));
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        assertFalse(listenerFailures.isEmpty());
        assertEquals(JobState.DONE, seen.get(seen.size() - 1));
    }

    @Test
    void manyProgressReportsAreCoalescedButTheEndIsAlwaysTold() throws Exception {
        List<Double> told = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        runner.addListener(job -> {
            told.add(job.progress());
            if (job.state() == JobState.DONE) {
                ended.countDown();
            }
        });
        Job job = runner.schedule("busy", monitor -> {
            monitor.begin(10_000);
            for (int i = 0; i < 10_000; i++) {
                monitor.worked(1);
            }
        });
        await(job);
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        assertTrue(told.size() < 100, "listeners were told " + told.size() + " times for 10,000 steps");
        assertEquals(1.0, told.get(told.size() - 1));
    }
}
