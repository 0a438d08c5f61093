package kz.aimaq.platform.api.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

/**
 * A bundle's own background thread: its views' reads run there, off the UI thread, and so does
 * its long work when no {@link JobService} runs to show it in the status line. What is handed
 * over after {@link #close()} is dropped: whoever asked is going away with the bundle's component.
 *
 * @since 1.1
 */
public final class BackgroundWork implements AutoCloseable {

    /** What work run without a job service reports to: nobody watches it, nobody cancels it. */

    private final ExecutorService thread;
    private final BiConsumer<String, Throwable> failures;

    /**
     * @param threadName the thread's name, as thread dumps and logs show it
     * @param failures   told of work that failed: what it was, and why
     */
    public BackgroundWork(String threadName, BiConsumer<String, Throwable> failures) {
        this.failures = failures;
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, threadName);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Runs {@code task} on the thread, after what was handed over before it. */
    public void run(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed: the component that asked is being deactivated.
        }
    }

    /**
     * Runs long work as a job named {@code name} (localised) when {@code jobs} is there, with
     * progress and cancel in the status line; else on the thread, unwatched, its failure reported.
     */
    public void job(JobService jobs, String name, JobTask task) {
        if (jobs != null) {
            jobs.schedule(name, task);
            return;
        }
        run(() -> {
            try {
                task.run(ProgressMonitor.UNWATCHED);
            } catch (Exception e) {
                failures.accept(name, e);
            }
        });
    }

    /** Stops the thread; what it is running is interrupted. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
