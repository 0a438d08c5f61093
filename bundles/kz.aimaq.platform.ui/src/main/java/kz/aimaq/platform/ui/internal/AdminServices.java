package kz.aimaq.platform.ui.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.TrustStore;
import kz.aimaq.platform.api.UserDirectory;
import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;

/**
 * The platform services the admin views read, each optional because the views must stay
 * usable (with a message) while the platform bundle is stopped or being updated. Forwards
 * {@link Topics#MODULES_CHANGED} and {@link Topics#AUDIT_APPENDED}, and the coming and going
 * of the services, to the open views; runs their reads and writes off the UI thread.
 */
@Component(service = {AdminServices.class, EventHandler.class}, property = {
        EventConstants.EVENT_TOPIC + "=" + Topics.MODULES_CHANGED,
        EventConstants.EVENT_TOPIC + "=" + Topics.AUDIT_APPENDED})
public final class AdminServices implements EventHandler {

    private final AtomicReference<ModuleManager> moduleManager = new AtomicReference<>();
    private final AtomicReference<Regions> regions = new AtomicReference<>();
    private final AtomicReference<AuditLog> auditLog = new AtomicReference<>();
    private final AtomicReference<JobService> jobService = new AtomicReference<>();
    private final AtomicReference<TrustStore> trustStore = new AtomicReference<>();
    private final AtomicReference<UserDirectory> userDirectory = new AtomicReference<>();
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final BackgroundWork work = new BackgroundWork("aimaq-admin-views", this::logFailure);

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    @Deactivate
    void deactivate() {
        listeners.clear();
        work.close();
    }

    @Override
    public void handleEvent(Event event) {
        changed();
    }

    public Optional<ModuleManager> moduleManager() {
        return Optional.ofNullable(moduleManager.get());
    }

    public Optional<Regions> regions() {
        return Optional.ofNullable(regions.get());
    }

    public Optional<AuditLog> auditLog() {
        return Optional.ofNullable(auditLog.get());
    }

    public Optional<TrustStore> trustStore() {
        return Optional.ofNullable(trustStore.get());
    }

    /** The users of a central installation; empty in embedded mode. */
    public Optional<UserDirectory> userDirectory() {
        return Optional.ofNullable(userDirectory.get());
    }

    /** Calls {@code listener} (on any thread) whenever what the views show may have changed. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Runs a read on the views' worker thread; dropped once this component is deactivated. */
    public void read(Runnable task) {
        work.run(task);
    }

    /**
     * Runs a change as a job with a (localised) name in the status line, or on the worker
     * thread when no job service runs.
     */
    public void change(String name, Runnable task) {
        work.job(jobService.get(), name, monitor -> task.run());
    }

    /** Logs a failure nobody expected, with its stack trace. */
    public void logFailure(String what, Throwable failure) {
        Logger current = logger;
        if (current != null) {
            current.error("{}", what, failure);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindModuleManager(ModuleManager service) {
        moduleManager.set(service);
        changed();
    }

    void unbindModuleManager(ModuleManager service) {
        if (moduleManager.compareAndSet(service, null)) {
            changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegions(Regions service) {
        regions.set(service);
        changed();
    }

    void unbindRegions(Regions service) {
        if (regions.compareAndSet(service, null)) {
            changed();
        }
    }

    /** Greedy: the database's log, ranked above the file that holds entries while it is away, replaces it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAuditLog(AuditLog service) {
        auditLog.set(service);
        changed();
    }

    void unbindAuditLog(AuditLog service) {
        if (auditLog.compareAndSet(service, null)) {
            changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindTrustStore(TrustStore service) {
        trustStore.set(service);
        changed();
    }

    void unbindTrustStore(TrustStore service) {
        if (trustStore.compareAndSet(service, null)) {
            changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindUserDirectory(UserDirectory service) {
        userDirectory.set(service);
        changed();
    }

    void unbindUserDirectory(UserDirectory service) {
        if (userDirectory.compareAndSet(service, null)) {
            changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindJobService(JobService service) {
        jobService.set(service);
    }

    void unbindJobService(JobService service) {
        jobService.compareAndSet(service, null);
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
