package kz.aimaq.platform.internal.jobs;

import java.util.List;

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

/** Two daemon workers; whiteboard {@link JobListener}s hear of progress at most ten times a second per job. */
@Component(service = JobService.class)
public final class JobServiceImpl implements JobService {

    private final JobRunner runner;

    @Activate
    public JobServiceImpl(@Reference(service = LoggerFactory.class) Logger logger) {
        this.runner = new JobRunner(2, 100, (listener, e) -> logger.error("job listener {} failed", listener, e));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(JobListener listener) {
        runner.addListener(listener);
    }

    void removeListener(JobListener listener) {
        runner.removeListener(listener);
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
