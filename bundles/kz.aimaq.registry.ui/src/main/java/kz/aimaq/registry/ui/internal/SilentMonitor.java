package kz.aimaq.registry.ui.internal;

import kz.aimaq.platform.api.jobs.ProgressMonitor;

/** The monitor of work run without a job service: nobody watches it, nobody cancels it. */
enum SilentMonitor implements ProgressMonitor {
    INSTANCE;

    @Override
    public void begin(int totalWork) {
        // Nobody shows progress without the job service.
    }

    @Override
    public void worked(int work) {
        // As above.
    }

    @Override
    public void subTask(String description) {
        // As above.
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
