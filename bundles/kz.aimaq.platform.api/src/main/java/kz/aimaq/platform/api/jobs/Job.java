package kz.aimaq.platform.api.jobs;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/** A scheduled job as its owner and the status line see it. */
@ProviderType
public interface Job {

    long id();

    /** Localised name shown in the status line. */
    String name();

    JobState state();

    /** Fraction done in [0, 1], or -1 while indeterminate. */
    double progress();

    /** The current sub-task, or empty. */
    String subTask();

    /** The failure, once {@link JobState#FAILED}. */
    Optional<Throwable> failure();

    void cancel();

    /** Completes when the job ends, whatever the outcome. */
    CompletionStage<JobState> completion();
}
