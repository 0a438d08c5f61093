package kz.aimaq.platform.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/** The work of a job. Runs on a worker thread; checks {@link ProgressMonitor#isCancelled()}. */
@ConsumerType
@FunctionalInterface
public interface JobTask {

    void run(ProgressMonitor monitor) throws Exception;
}
