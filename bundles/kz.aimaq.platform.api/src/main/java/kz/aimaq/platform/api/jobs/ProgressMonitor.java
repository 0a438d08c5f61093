package kz.aimaq.platform.api.jobs;

import org.osgi.annotation.versioning.ProviderType;

/** What a running job reports and what it must honour. */
@ProviderType
public interface ProgressMonitor {

    /** Declares how many units of work the job has; unknown (indeterminate) until called. */
    void begin(int totalWork);

    /** Reports units of work done since the last call. */
    void worked(int work);

    /** A short, localised description of what is being done now. */
    void subTask(String description);

    /** True once the user asked to cancel; the job should stop soon and return. */
    boolean isCancelled();
}
