package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobState;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.platform.api.jobs.ProgressMonitor;

/** Runs each job on a thread of its own and records names, threads and the work reported. */
final class FakeJobs implements JobService {

    final List<String> names = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final List<Integer> worked = new CopyOnWriteArrayList<>();

    @Override
    public Job schedule(String name, JobTask task) {
        names.add(name);
        CompletableFuture<JobState> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            threads.add(Thread.currentThread().getName());
            try {
                task.run(new ProgressMonitor() {
                    @Override
                    public void begin(int totalWork) {
                        worked.add(0);
                    }

                    @Override
                    public void worked(int work) {
                        worked.add(work);
                    }

                    @Override
                    public void subTask(String description) {
                        // The tests look at the outcome, not the sub-task line.
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                done.complete(JobState.DONE);
            } catch (Exception e) {
                done.complete(JobState.FAILED);
            }
        }, "fake-job");
        thread.start();
        return new Job() {
            @Override
            public long id() {
                return names.size();
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public JobState state() {
                return done.getNow(JobState.RUNNING);
            }

            @Override
            public double progress() {
                return -1;
            }

            @Override
            public String subTask() {
                return "";
            }

            @Override
            public Optional<Throwable> failure() {
                return Optional.empty();
            }

            @Override
            public void cancel() {
                // These jobs finish in milliseconds.
            }

            @Override
            public CompletionStage<JobState> completion() {
                return done;
            }
        };
    }

    @Override
    public List<Job> running() {
        return List.of();
    }
}
