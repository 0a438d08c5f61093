package kz.aimaq.platform.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final BackgroundWork work = new BackgroundWork("aimaq-test-views",
            (name, failure) -> failures.add(name + ": " + failure.getMessage()));

    @Test
    void withoutAJobServiceWorkRunsOnTheNamedThreadUnwatchedAndItsFailureIsReported() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        work.job(null, "Scoring", monitor -> {
            monitor.begin(10);
            monitor.worked(10);
            seen.add(Thread.currentThread().getName() + " cancelled=" + monitor.isCancelled());
            throw new IllegalStateException("no data");
        });
        work.run(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("aimaq-test-views cancelled=false"), seen);
        assertEquals(List.of("Scoring: no data"), failures);
        work.close();
    }

    @Test
    void withAJobServiceTheWorkIsScheduledThereUnderItsName() {
        List<String> scheduled = new CopyOnWriteArrayList<>();
        JobService jobs = new JobService() {
            @Override
            public Job schedule(String name, JobTask task) {
                scheduled.add(name);
                return null;
            }

            @Override
            public List<Job> running() {
                return List.of();
            }
        };
        work.job(jobs, "Export", monitor -> { });
        assertEquals(List.of("Export"), scheduled);
        work.close();
    }

    @Test
    void workHandedOverAfterCloseIsDropped() throws Exception {
        work.close();
        CountDownLatch ran = new CountDownLatch(1);
        work.run(ran::countDown);
        assertFalse(ran.await(200, TimeUnit.MILLISECONDS));
    }
}
