package kz.aimaq.platform.api.jobs;

import org.osgi.annotation.versioning.ProviderType;

/** What a running job reports and what it must honour. */
@ProviderType
public interface ProgressMonitor {

    /**
     * Progress of work nobody watches or cancels: the command line's, a test's.
     *
     * @since 1.2
     */
    ProgressMonitor UNWATCHED = new ProgressMonitor() {
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
    };

    /** Declares how many units of work the job has; unknown (indeterminate) until called. */
    void begin(int totalWork);

    /** Reports units of work done since the last call. */
    void worked(int work);

    /** A short, localised description of what is being done now. */
    void subTask(String description);

    /** True once the user asked to cancel; the job should stop soon and return. */
    boolean isCancelled();
}
