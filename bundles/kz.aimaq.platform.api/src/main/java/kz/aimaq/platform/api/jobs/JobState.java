package kz.aimaq.platform.api.jobs;

/** The life of a job. */
public enum JobState {
    WAITING, RUNNING, DONE, CANCELLED, FAILED
}
