package kz.aimaq.platform.internal.jobs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobState;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.platform.api.jobs.ProgressMonitor;

/** A job and its monitor. State changes are guarded by this object's lock. */
final class JobImpl implements Job, ProgressMonitor {

    private final long id;
    private final String name;
    private final JobTask task;
    private final Consumer<JobImpl> changed;
    private final CompletableFuture<JobState> completion = new CompletableFuture<>();

    private JobState state = JobState.WAITING;
    private int total = -1;
    private int done;
    private String subTask = "";
    private Throwable failure;
    private volatile boolean cancelled;
    private Thread runner;

    /** @param changed told of every change; it decides how often listeners hear of progress */
    JobImpl(long id, String name, JobTask task, Consumer<JobImpl> changed) {
        this.id = id;
        this.name = name;
        this.task = task;
        this.changed = changed;
    }

    /** Runs the task on the calling worker thread, unless the job was cancelled while waiting. */
    void run() {
        synchronized (this) {
            if (state != JobState.WAITING) {
                return;
            }
            state = JobState.RUNNING;
            runner = Thread.currentThread();
        }
        changed.accept(this);
        Throwable thrown = null;
        try {
            task.run(this);
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (this) {
            runner = null;
            // A cancel may have interrupted this thread; the pool must not carry that into the next job.
            Thread.interrupted();
            if (cancelled) {
                state = JobState.CANCELLED;
            } else if (thrown != null) {
                state = JobState.FAILED;
                failure = thrown;
            } else {
                state = JobState.DONE;
            }
        }
        finish();
    }

    private void finish() {
        changed.accept(this);
        completion.complete(state());
    }

    @Override
    public void cancel() {
        boolean endedNow;
        synchronized (this) {
            if (state == JobState.DONE || state == JobState.FAILED || state == JobState.CANCELLED) {
                return;
            }
            cancelled = true;
            endedNow = state == JobState.WAITING;
            if (endedNow) {
                state = JobState.CANCELLED;
            } else if (runner != null) {
                runner.interrupt();
            }
        }
        if (endedNow) {
            finish();
        } else {
            changed.accept(this);
        }
    }

    @Override
    public void begin(int totalWork) {
        synchronized (this) {
            total = Math.max(0, totalWork);
            done = 0;
        }
        changed.accept(this);
    }

    @Override
    public void worked(int work) {
        synchronized (this) {
            done += Math.max(0, work);
        }
        changed.accept(this);
    }

    @Override
    public void subTask(String description) {
        synchronized (this) {
            subTask = description == null ? "" : description;
        }
        changed.accept(this);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized JobState state() {
        return state;
    }

    @Override
    public synchronized double progress() {
        if (state == JobState.DONE) {
            return 1;
        }
        if (total < 0) {
            return -1;
        }
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }

    @Override
    public synchronized String subTask() {
        return subTask;
    }

    @Override
    public synchronized Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public CompletionStage<JobState> completion() {
        return completion.minimalCompletionStage();
    }

    synchronized boolean ended() {
        return state == JobState.DONE || state == JobState.FAILED || state == JobState.CANCELLED;
    }

    @Override
    public String toString() {
        return "job " + id + " '" + name + "' " + state();
    }
}
