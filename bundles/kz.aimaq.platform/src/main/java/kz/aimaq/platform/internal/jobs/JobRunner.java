package kz.aimaq.platform.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobListener;
import kz.aimaq.platform.api.jobs.JobTask;

/**
 * Runs jobs on a small pool of daemon threads and tells listeners of changes. Progress is
 * coalesced: listeners hear of a busy job at most once per {@code interval}, and always of
 * its latest state. All listener calls happen on one notifier thread, in order.
 */
public final class JobRunner {

    private final ExecutorService workers;
    private final ScheduledExecutorService notifier;
    private final long intervalMillis;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, JobImpl> jobs = new ConcurrentHashMap<>();
    private final Map<Long, AtomicBoolean> pending = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastTold = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final BiConsumer<JobListener, RuntimeException> listenerFailed;

    /**
     * @param threads        worker threads
     * @param intervalMillis the least time between two progress notifications of one job
     * @param listenerFailed told when a listener throws; the job goes on regardless
     */
    public JobRunner(int threads, long intervalMillis, BiConsumer<JobListener, RuntimeException> listenerFailed) {
        this.workers = Executors.newFixedThreadPool(threads, daemon("aimaq-job-"));
        this.notifier = Executors.newSingleThreadScheduledExecutor(daemon("aimaq-job-notify-"));
        this.intervalMillis = intervalMillis;
        this.listenerFailed = listenerFailed;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public Job schedule(String name, JobTask task) {
        JobImpl job = new JobImpl(ids.incrementAndGet(), name, task, this::changed);
        jobs.put(job.id(), job);
        pending.put(job.id(), new AtomicBoolean());
        changed(job);
        workers.execute(job::run);
        return job;
    }

    /** Jobs waiting or running. */
    public List<Job> running() {
        List<Job> result = new ArrayList<>();
        jobs.values().stream().filter(j -> !j.ended()).sorted((a, b) -> Long.compare(a.id(), b.id()))
                .forEach(result::add);
        return result;
    }

    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    public void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    private void changed(JobImpl job) {
        AtomicBoolean scheduled = pending.get(job.id());
        if (scheduled == null) {
            return;
        }
        if (job.ended()) {
            notifier.execute(() -> tell(job));
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            long since = System.currentTimeMillis() - lastTold.getOrDefault(job.id(), 0L);
            notifier.schedule(() -> {
                scheduled.set(false);
                tell(job);
            }, Math.max(0, intervalMillis - since), TimeUnit.MILLISECONDS);
        }
    }

    private void tell(JobImpl job) {
        lastTold.put(job.id(), System.currentTimeMillis());
        if (job.ended()) {
            jobs.remove(job.id());
            pending.remove(job.id());
            lastTold.remove(job.id());
        }
        for (JobListener listener : listeners) {
            try {
                listener.changed(job);
            } catch (RuntimeException e) {
                listenerFailed.accept(listener, e);
            }
        }
    }

    /** Cancels every job and stops the threads. */
    public void shutdown() {
        jobs.values().forEach(JobImpl::cancel);
        workers.shutdownNow();
        notifier.shutdown();
    }
}
