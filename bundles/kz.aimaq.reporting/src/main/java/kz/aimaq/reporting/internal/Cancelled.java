package kz.aimaq.reporting.internal;

import java.io.IOException;

import kz.aimaq.platform.api.jobs.ProgressMonitor;

/** Writing stopped because the user cancelled; the half-written output is to be discarded. */
final class Cancelled extends IOException {

    private static final long serialVersionUID = 1L;

    Cancelled() {
        super("cancelled");
    }

    static void check(ProgressMonitor monitor) throws Cancelled {
        if (monitor.isCancelled()) {
            throw new Cancelled();
        }
    }
}
