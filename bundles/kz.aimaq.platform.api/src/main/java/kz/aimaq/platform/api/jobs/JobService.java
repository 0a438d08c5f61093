package kz.aimaq.platform.api.jobs;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Runs long work off the UI thread, with progress and cancel shown in the status line. */
@ProviderType
public interface JobService {

    Job schedule(String name, JobTask task);

    /** Jobs waiting or running now. */
    List<Job> running();
}
