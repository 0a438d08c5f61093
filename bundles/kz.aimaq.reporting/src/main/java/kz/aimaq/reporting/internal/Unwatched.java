package kz.aimaq.reporting.internal;

import kz.aimaq.platform.api.jobs.ProgressMonitor;

/** Progress of work nobody watches or cancels: the command line's. */
public final class Unwatched implements ProgressMonitor {

    public static final Unwatched INSTANCE = new Unwatched();

    private Unwatched() {
    }

    @Override
    public void begin(int totalWork) {
        // nothing shows it
    }

    @Override
    public void worked(int work) {
        // nothing shows it
    }

    @Override
    public void subTask(String description) {
        // nothing shows it
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
