package kz.aimaq.workbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.platform.api.l10n.Messages;

class LiveModelTest {

    private static final String WORKER = "live-model-test";

    /** Every {@code error} call of the logger, as its arguments. */
    private final List<Object[]> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = (Logger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                if (method.getName().equals("error")) {
                    logged.add(args);
                }
                return null;
            });
    private volatile Logger bound = logger;
    private final LiveModel live = new LiveModel(WORKER, () -> bound);
    private final QueueSite site = new QueueSite();

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void followingReadsOnTheWorkerAndShowsThroughTheViewsDoor() throws Exception {
        List<String> readOn = new CopyOnWriteArrayList<>();
        List<Integer> shown = new ArrayList<>();
        AtomicInteger value = new AtomicInteger(1);

        live.follow(site, () -> {
            readOn.add(Thread.currentThread().getName());
            return value.get();
        }, shown::add, failure -> { });

        assertTrue(shown.isEmpty(), "nothing is shown before the UI thread runs the result");
        site.runNext();
        assertEquals(List.of(1), shown);
        assertEquals(List.of(WORKER), readOn, "read on the worker, not on the calling thread");
    }

    @Test
    void aChangeReadsAgainAndAClosedFollowingHearsNoMore() throws Exception {
        List<Integer> shown = new ArrayList<>();
        AtomicInteger value = new AtomicInteger(1);
        LiveModel.Following following = live.follow(site, value::get, shown::add, failure -> { });
        site.runNext();

        value.set(2);
        live.changed();
        site.runNext();
        assertEquals(List.of(1, 2), shown);

        following.close();
        value.set(3);
        live.changed();
        awaitWorkerIdle();
        assertNull(site.tasks.poll(), "a closed following reads and shows nothing: the change came before the marker");
        assertEquals(List.of(1, 2), shown);
    }

    @Test
    void refreshReadsAgainWithoutAChange() throws Exception {
        List<Integer> shown = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        LiveModel.Following following = live.follow(site, reads::incrementAndGet, shown::add, failure -> { });
        site.runNext();
        following.refresh();
        site.runNext();
        assertEquals(List.of(1, 2), shown);
    }

    @Test
    void aFailedReadIsLoggedWithTheViewAndHandedToTheView() throws Exception {
        List<RuntimeException> failures = new ArrayList<>();
        IllegalStateException broken = new IllegalStateException("database gone");
        live.follow(site, () -> {
            throw broken;
        }, shown -> { }, failures::add);
        site.runNext();

        assertEquals(List.of(broken), failures);
        assertEquals(1, logged.size());
        assertTrue(String.valueOf(logged.get(0)[1]).contains(QueueSite.ID), "names the view: " + logged.get(0)[1]);
        assertSame(broken, logged.get(0)[2]);
    }

    @Test
    void aFailureWithoutALoggerIsStillHandedToTheView() throws Exception {
        bound = null;
        List<RuntimeException> failures = new ArrayList<>();
        live.read(site, () -> {
            throw new IllegalStateException("no registry");
        }, shown -> { }, failures::add);
        site.runNext();
        assertEquals(1, failures.size());
        assertTrue(logged.isEmpty());
    }

    @Test
    void followingInMemoryStateShowsAtOnceAndThroughTheDoorAfterAChange() throws Exception {
        AtomicInteger shown = new AtomicInteger();
        LiveModel.Following following = live.follow(site, shown::incrementAndGet);
        assertEquals(1, shown.get(), "shown at once, on the calling (UI) thread");

        live.changed();
        assertEquals(1, shown.get(), "a change is shown on the UI thread, not on the thread that said it");
        site.runNext();
        assertEquals(2, shown.get());

        following.close();
        live.changed();
        assertNull(site.tasks.poll());
    }

    @Test
    void aSlotTellsListenersOfItsServiceAndKeepsAReplacementBoundBeforeTheOldOneLeft() {
        AtomicInteger changes = new AtomicInteger();
        live.addListener(changes::incrementAndGet);
        LiveModel.Slot<String> slot = live.slot();
        assertEquals(Optional.empty(), slot.get());

        slot.bind("file log");
        slot.bind("database log");
        slot.unbind("file log");
        assertEquals(Optional.of("database log"), slot.get(), "the replaced service's unbind leaves the new one");
        assertEquals(2, changes.get(), "the stale unbind is no change");

        slot.unbind("database log");
        assertEquals(Optional.empty(), slot.get());
        assertEquals(3, changes.get());
    }

    @Test
    void aQuietSlotHoldsItsServiceWithoutTellingTheViews() {
        AtomicInteger changes = new AtomicInteger();
        live.addListener(changes::incrementAndGet);
        LiveModel.Slot<String> slot = live.quietSlot();
        slot.bind("event admin");
        assertEquals(Optional.of("event admin"), slot.get());
        slot.unbind("event admin");
        assertEquals(0, changes.get());
    }

    @Test
    void longWorkGoesToTheJobServiceWhenBoundElseToTheWorker() throws Exception {
        List<String> scheduled = new ArrayList<>();
        JobService jobs = (JobService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {JobService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("schedule")) {
                        scheduled.add((String) args[0]);
                        return null;
                    }
                    return List.<Job>of();
                });
        live.jobService().bind(jobs);
        live.job("import", monitor -> { });
        assertEquals(List.of("import"), scheduled);

        live.jobService().unbind(jobs);
        CountDownLatch ran = new CountDownLatch(1);
        String[] thread = new String[1];
        JobTask task = monitor -> {
            thread[0] = Thread.currentThread().getName();
            assertNotNull(monitor);
            ran.countDown();
        };
        live.job("export", task);
        assertTrue(ran.await(30, TimeUnit.SECONDS), "ran on the worker");
        assertEquals(WORKER, thread[0]);
        assertEquals(List.of("import"), scheduled);
    }

    @Test
    void failedLongWorkWithoutAJobServiceIsLoggedByName() throws Exception {
        live.job("export", monitor -> {
            throw new java.io.IOException("disk full");
        });
        awaitWorkerIdle();
        assertEquals(1, logged.size());
        assertTrue(String.valueOf(logged.get(0)[1]).contains("export"), String.valueOf(logged.get(0)[1]));
    }

    /** Waits until the worker ran everything handed to it before now (it runs in order). */
    private void awaitWorkerIdle() throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        live.read(idle::countDown);
        assertTrue(idle.await(30, TimeUnit.SECONDS), "the worker ran what it was given");
    }

    /** A view's site whose UI thread is the test: what it is handed waits in a queue. */
    private static final class QueueSite implements ViewSite {

        static final String ID = "test.view";

        final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

        /** Runs the next task handed to the UI door, waiting for it to come. */
        void runNext() throws InterruptedException {
            Runnable next = tasks.poll(30, TimeUnit.SECONDS);
            assertNotNull(next, "something was handed to the UI thread");
            next.run();
        }

        @Override
        public void asyncExec(Runnable task) {
            tasks.add(task);
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public UserContext user() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Messages messages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SelectedUnit> selection() {
            return Optional.empty();
        }

        @Override
        public void showStatus(String message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void select(SelectedUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onSelection(Consumer<SelectedUnit> listener) {
            throw new UnsupportedOperationException();
        }
    }
}
