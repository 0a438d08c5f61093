package kz.aimaq.platform.internal.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobListener;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobTask;
import kz.aimaq.platform.internal.LazyService;

/** Two daemon workers; whiteboard {@link JobListener}s hear of progress at most ten times a second per job. */
@Component(service = JobService.class)
public final class JobServiceImpl implements JobService {

    private final JobRunner runner;
    private final BundleContext context;
    private final Map<ServiceReference<JobListener>, LazyListener> listeners = new ConcurrentHashMap<>();

    @Activate
    public JobServiceImpl(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.runner = new JobRunner(2, 100, (listener, e) -> logger.error("job listener {} failed", listener, e));
    }

    /**
     * Listeners are bound by reference and fetched on their first notification: the workbench,
     * a listener itself, uses this service while it activates, and fetching it here then is a cycle.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = JobListener.class)
    void addListener(ServiceReference<JobListener> reference) {
        LazyListener listener = new LazyListener(context, reference);
        if (listeners.putIfAbsent(reference, listener) == null) {
            runner.addListener(listener);
        }
    }

    void removeListener(ServiceReference<JobListener> reference) {
        LazyListener listener = listeners.remove(reference);
        if (listener != null) {
            runner.removeListener(listener);
            listener.release();
        }
    }

    /** A listener fetched on its first notification. */
    private static final class LazyListener implements JobListener {
        private final LazyService<JobListener> service;

        LazyListener(BundleContext context, ServiceReference<JobListener> reference) {
            this.service = new LazyService<>(context, reference);
        }

        @Override
        public void changed(Job job) {
            JobListener target = service.get();
            if (target != null) {
                target.changed(job);
            }
        }

        void release() {
            service.release();
        }

        @Override
        public String toString() {
            return service.toString();
        }
    }

    @Deactivate
    void deactivate() {
        runner.shutdown();
    }

    @Override
    public Job schedule(String name, JobTask task) {
        return runner.schedule(name, task);
    }

    @Override
    public List<Job> running() {
        return runner.running();
    }
}
