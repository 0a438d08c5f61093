package kz.aimaq.platform.ui.internal;

import java.util.Optional;

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
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.workbench.api.LiveModel;

/**
 * The platform services the admin views read, each optional because the views must stay
 * usable (with a message) while the platform bundle is stopped or being updated. Forwards
 * {@link Topics#MODULES_CHANGED} and {@link Topics#AUDIT_APPENDED}, and the coming and going
 * of the services, to the open views, which {@link LiveModel#follow follow} {@link #live()}.
 */
@Component(service = {AdminServices.class, EventHandler.class}, property = {
        EventConstants.EVENT_TOPIC + "=" + Topics.MODULES_CHANGED,
        EventConstants.EVENT_TOPIC + "=" + Topics.AUDIT_APPENDED})
public final class AdminServices implements EventHandler {

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final LiveModel live = new LiveModel("aimaq-admin-views", () -> logger);
    private final LiveModel.Slot<ModuleManager> moduleManager = live.slot();
    private final LiveModel.Slot<Regions> regions = live.slot();
    private final LiveModel.Slot<AuditLog> auditLog = live.slot();
    private final LiveModel.Slot<TrustStore> trustStore = live.slot();
    private final LiveModel.Slot<UserDirectory> userDirectory = live.slot();

    @Deactivate
    void deactivate() {
        live.close();
    }

    @Override
    public void handleEvent(Event event) {
        live.changed();
    }

    /** What the views follow, and their worker thread, jobs and logger. */
    public LiveModel live() {
        return live;
    }

    public Optional<ModuleManager> moduleManager() {
        return moduleManager.get();
    }

    public Optional<Regions> regions() {
        return regions.get();
    }

    public Optional<AuditLog> auditLog() {
        return auditLog.get();
    }

    public Optional<TrustStore> trustStore() {
        return trustStore.get();
    }

    /** The users of a central installation; empty in embedded mode. */
    public Optional<UserDirectory> userDirectory() {
        return userDirectory.get();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindModuleManager(ModuleManager service) {
        moduleManager.bind(service);
    }

    void unbindModuleManager(ModuleManager service) {
        moduleManager.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindRegions(Regions service) {
        regions.bind(service);
    }

    void unbindRegions(Regions service) {
        regions.unbind(service);
    }

    /** Greedy: the database's log, ranked above the file that holds entries while it is away, replaces it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAuditLog(AuditLog service) {
        auditLog.bind(service);
    }

    void unbindAuditLog(AuditLog service) {
        auditLog.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindTrustStore(TrustStore service) {
        trustStore.bind(service);
    }

    void unbindTrustStore(TrustStore service) {
        trustStore.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindUserDirectory(UserDirectory service) {
        userDirectory.bind(service);
    }

    void unbindUserDirectory(UserDirectory service) {
        userDirectory.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindJobService(JobService service) {
        live.jobService().bind(service);
    }

    void unbindJobService(JobService service) {
        live.jobService().unbind(service);
    }
}
