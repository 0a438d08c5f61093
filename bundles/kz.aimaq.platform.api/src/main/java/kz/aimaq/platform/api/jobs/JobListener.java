package kz.aimaq.platform.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when any job starts, progresses or ends; register as a whiteboard service. Called
 * on a worker thread: listeners that touch widgets must hop to the UI thread.
 */
@ConsumerType
@FunctionalInterface
public interface JobListener {

    void changed(Job job);
}
