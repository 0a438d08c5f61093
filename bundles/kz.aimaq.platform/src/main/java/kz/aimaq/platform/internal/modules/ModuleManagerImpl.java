package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.platform.feature.Feature;
import kz.aimaq.platform.feature.FeatureException;
import kz.aimaq.platform.feature.FeatureReader;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.feature.WindowShown;
import kz.aimaq.platform.internal.Framework;
import kz.aimaq.platform.internal.trust.TrustFolder;

/**
 * Enforces the region policy on the framework. Every change of state (the first start, a
 * policy change, a deploy-folder change) runs under one lock; framework work of the first
 * start and of the deploy watcher runs on one worker thread, never inside SCR's activate.
 */
@Component(name = "kz.aimaq.platform.modules", service = ModuleManager.class, immediate = true)
@Designate(ocd = ModuleManagerConfig.class)
public final class ModuleManagerImpl implements ModuleManager {

    /** Framework property that overrides the configured deploy poll interval (tests use it). */
    public static final String POLL_PROPERTY = "aimaq.deploy.pollMillis";

    /** Framework property that overrides how long an add-on's start or stop may take (tests use it). */
    public static final String ADDON_LIMIT_PROPERTY = "aimaq.addon.limitMillis";

    /** How long a policy change waits for the database to connect before it is refused. */
    private static final long STORE_WAIT_MILLIS = 60_000;

    private final BundleContext context;
    private final UserContext user;
    private final Regions regions;
    private final Logger logger;
    private final Path home;
    private final boolean headless;
    private final BundleControl control;
    private final Problems problems;
    private final DeployWatcher watcher;
    private final Enforcer enforcer;
    private final ScheduledExecutorService worker;
    private final ServiceComponentRuntime components;
    private final Object lock = new Object();
    private final Object storeArrival = new Object();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Greedy: the database-backed audit log replaces the file one when storage comes up. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    private final PolicySource policySource;
    private volatile RegionPolicyStore store;

    private volatile List<Feature> features = List.of();
    private volatile boolean catalogueRead;
    private volatile Policy policy;
    private volatile String policySourceName;
    private volatile ModulePlan plan = new ModulePlan(Set.of(), Set.of(), Set.of());
    private ServiceRegistration<ModulesReady> ready;
    /** The settings (conf/kz.aimaq.platform.modules.cfg): they come after the start, and are taken in place. */
    private volatile ModuleManagerConfig config;
    private ScheduledFuture<?> polling;

    @Activate
    public ModuleManagerImpl(BundleContext context, ModuleManagerConfig config, @Reference UserContext user,
            @Reference Regions regions, @Reference(service = LoggerFactory.class) Logger logger,
            @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.config = config;
        this.components = components;
        this.user = user;
        this.regions = regions;
        this.logger = logger;
        this.home = Framework.folder(context, LaunchProperties.HOME);
        this.policySource = new PolicySource(home, Framework.folder(context, LaunchProperties.DATA), (file, e) -> logger.warn(
                "the local copy {} of the region policy could not be written: {}", file, e.getMessage()));
        String deploy = context.getProperty(LaunchProperties.DEPLOY);
        this.headless = Boolean.parseBoolean(context.getProperty(LaunchProperties.HEADLESS));
        this.control = new BundleControl(context, this::addOnLimit);
        this.problems = new Problems(Clock.systemUTC(), p -> {
            // what fails because the framework is stopping (a window closed as it showed) is no problem to report
            if (!stopping()) {
                logger.error("{}", p.message());
            }
        });
        this.watcher = new DeployWatcher(deploy == null || deploy.isBlank() ? home.resolve("deploy") : Path.of(deploy),
                control, problems, this::isFeatureModule, new TrustFolder(home),
                Framework.folder(context, LaunchProperties.DATA).resolve("addons-checked"), new DeployWatcher.AddOnAudit() {
                    @Override
                    public void installed(Path jar, String module, String sha256) {
                        audit.append("addon.install", jar.getFileName().toString(), "", "module " + module
                                + ", sha256 " + sha256 + ", every entry signed by a trusted certificate");
                    }

                    @Override
                    public void refused(Path jar, String reason) {
                        audit.refused("addon.install", jar.getFileName().toString(), reason);
                    }
                });
        this.enforcer = new Enforcer(control, problems, watcher, headless);
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "aimaq-modules");
            thread.setDaemon(true);
            return thread;
        });
        worker.execute(this::firstStart);
        schedulePolling();
    }

    /**
     * New settings are taken in place. Without this method the runtime would deactivate the module
     * manager, stopping the optional modules, to activate it again with them: conf/ is read behind
     * the window, after the module manager started.
     */
    @Modified
    void modified(ModuleManagerConfig changed) {
        config = changed;
        schedulePolling();
        logger.info("module manager settings changed: deploy folder checked every {} ms, an add-on's start or stop"
                + " abandoned after {} ms", pollMillis(), addOnLimit().toMillis());
    }

    private synchronized void schedulePolling() {
        if (polling != null) {
            polling.cancel(false);
        }
        long interval = pollMillis();
        polling = worker.scheduleWithFixedDelay(this::pollDeploy, interval, interval, TimeUnit.MILLISECONDS);
    }

    private long pollMillis() {
        return Math.max(10, millis(context.getProperty(POLL_PROPERTY), POLL_PROPERTY, config.deploy_poll_millis()));
    }

    private Duration addOnLimit() {
        return Duration.ofMillis(Math.max(100,
                millis(context.getProperty(ADDON_LIMIT_PROPERTY), ADDON_LIMIT_PROPERTY, config.addon_limit_millis())));
    }

    /** Whether the module manager or the whole framework is going. */
    private boolean stopping() {
        return worker.isShutdown() || context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() == Bundle.STOPPING;
    }

    private long millis(String property, String name, long configured) {
        if (property == null || property.isBlank()) {
            return configured;
        }
        try {
            return Long.parseLong(property.trim());
        } catch (NumberFormatException e) {
            logger.error("{}={} is not a number of milliseconds; using {}", name, property, configured);
            return configured;
        }
    }

    /**
     * The policy moves into the database when storage comes up (seeded from the files when the
     * store is empty); when storage goes, the policy in memory stays in force.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStore(RegionPolicyStore added) {
        store = added;
        synchronized (storeArrival) {
            storeArrival.notifyAll();
        }
        worker.execute(this::storeArrived);
    }

    void unbindStore(RegionPolicyStore removed) {
        if (store == removed) {
            store = null;
        }
    }

    private void storeArrived() {
        synchronized (lock) {
            if (!catalogueRead) {
                return;
            }
            policy = readPolicy();
            reconcile();
        }
        changed();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        control.close();
        synchronized (lock) {
            if (ready != null) {
                try {
                    ready.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework unregisters it itself when this bundle stops first
                }
            }
        }
    }

    private void firstStart() {
        if (Boolean.parseBoolean(context.getProperty(LaunchProperties.BEHIND_WINDOW)) && !WindowShown.await(context)
                && !stopping()) {
            logger.warn("the window did not show its first page within {} ms; starting the modules anyway",
                    WindowShown.WAIT_LIMIT_MILLIS);
        }
        if (stopping()) {
            return; // the window was closed as it showed: nothing is to start any more
        }
        synchronized (lock) {
            try {
                catalogueRead = readFeatures();
                watcher.poll();
                policy = catalogueRead ? readPolicy() : null;
                reconcile();
            } catch (RuntimeException e) {
                problems.report(home.toString(), "problem.modulesNotStarted", e);
                logger.error("the modules could not be started", e);
            } finally {
                // The launcher waits for the gateway that this enables: it must come even after a failure.
                ready = context.registerService(ModulesReady.class, new ModulesReady() {
                }, null);
            }
        }
        logger.info("modules started: {}", plan.active());
        changed();
    }

    private boolean readFeatures() {
        Path folder = home.resolve("features");
        try {
            features = FeatureReader.readAll(folder);
            problems.clear(folder.toString());
            return true;
        } catch (IOException | FeatureException e) {
            problems.report(folder.toString(), "problem.catalogueUnreadable", e.getMessage());
            return false;
        }
    }

    private void pollDeploy() {
        boolean changed;
        synchronized (lock) {
            changed = watcher.poll();
            if (changed) {
                if ((policy == null || !policy.notInstalled().isEmpty()) && catalogueRead) {
                    // The policy may name a vendor module whose jar has just arrived: read it again.
                    policy = readPolicy();
                }
                reconcile();
            }
        }
        if (changed) {
            changed();
        }
    }

    private boolean isFeatureModule(String module) {
        return features.stream().anyMatch(f -> f.module().equals(module));
    }

    private List<ModuleEntry> catalogue() {
        return Catalogue.of(features, home.resolve("bundles"), watcher.jars());
    }

    private Policy readPolicy() {
        RegionPolicyStore current = store;
        String source = policySource.source(current);
        if (policySourceName != null && !policySourceName.equals(source)) {
            problems.clear(policySourceName);
        }
        policySourceName = source;
        Set<String> core = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (ModuleEntry module : catalogue()) {
            (module.kind() == ModuleKind.CORE ? core : optional).add(module.id());
        }
        optional.addAll(watcher.refusedModules());
        try {
            Policy read = policySource.read(current, core, optional,
                    code -> regions.find(code).map(Region::code).orElse(null));
            problems.clear(source);
            if (!read.notInstalled().isEmpty()) {
                problems.report(source, "problem.policyNotInstalled", notInstalled(read), optional);
            }
            return read;
        } catch (PolicyException | IOException e) {
            problems.report(source, "problem.policyRefused", e instanceof PolicyFileException file ? file.text() : e.getMessage());
            return null;
        }
    }

    /** What the administrator reads about policy entries of modules that are not there. */
    /** The entries of the policy that name no installed module: 'module' (where). */
    private static String notInstalled(Policy policy) {
        List<String> entries = new ArrayList<>();
        policy.notInstalled().forEach((module, where) -> entries.add("'" + module + "' (" + where + ")"));
        return String.join(", ", entries);
    }

    /** Applies the plan for the current catalogue and policy to the framework. Called under the lock. */
    private void reconcile() {
        plan = enforcer.apply(catalogue(), policy, user.region().code());
    }

    private void changed() {
        Framework.post(events, Topics.MODULES_CHANGED, Map.of());
    }

    @Override
    public List<ModuleInfo> modules() {
        return ModuleListing.modules(catalogue(), plan, policy, PolicyChange.codes(regions), control.all(),
                user.locale());
    }

    @Override
    public List<BundleInfo> bundles() {
        return ModuleListing.bundles(catalogue(), control.all());
    }

    @Override
    public List<Problem> problems() {
        return problems.list();
    }

    @Override
    public void setEnabled(String moduleId, String regionCode, boolean enabled) throws PolicyException {
        Messages messages = Messages.of(ModuleManagerImpl.class, user.locale());
        String action = enabled ? "module.enable" : "module.disable";
        String target = moduleId + "@" + regionCode;
        if (!user.heldRoles().stream().anyMatch(r -> r.grants(Right.MANAGE_MODULES))) {
            throw refused(action, target, messages.get("policy.notAdmin", user.user(), new TreeSet<>(user.roles())));
        }
        Optional<Region> region = regions.find(regionCode);
        if (region.isPresent() && !user.may(Right.MANAGE_MODULES, region.get().code())) {
            throw refused(action, moduleId + "@" + region.get().code(),
                    messages.get("policy.outOfScope", user.user(), user.scope().toString(), region.get().code()));
        }
        if (!awaitStore()) {
            throw refused(action, target, messages.get("policy.noDatabase"));
        }
        boolean changed;
        synchronized (lock) {
            changed = change(messages, moduleId, regionCode, enabled);
        }
        if (changed) {
            changed();
        }
    }

    /**
     * Whether the policy's database store is bound, or none is coming: waits for one that a started
     * bundle declares (storage connects a moment after the modules start). A change written only to
     * the file while the database is coming would be undone when it comes, since its policy wins.
     */
    private boolean awaitStore() throws PolicyException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STORE_WAIT_MILLIS);
        synchronized (storeArrival) {
            while (store == null && storeDeclared()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    storeArrival.wait(Math.min(left, 500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private boolean storeDeclared() {
        String service = RegionPolicyStore.class.getName();
        return components.getComponentDescriptionDTOs().stream()
                .anyMatch(d -> Arrays.asList(d.serviceInterfaces).contains(service));
    }

    /** Records the refusal before it is reported: an attempt that was refused is audited like a change. */
    private PolicyException refused(String action, String target, String reason) {
        audit.refused(action, target, reason);
        logger.warn("refused {} {} to {}: {}", action, target, user.user(), reason);
        return new PolicyException(reason);
    }

    private boolean change(Messages messages, String moduleId, String regionCode, boolean enabled)
            throws PolicyException {
        if (store != null) {
            // change what the database holds now, not what it held at start: another desktop (central
            // mode) or another process may have changed it since, and a save of a stale policy would undo
            // that; also the store may have been bound a moment ago and not read yet
            policy = readPolicy();
        }
        Policy current = policy;
        if (current == null) {
            Optional<Problem> problem = problems.list().stream()
                    .filter(p -> p.source().equals(String.valueOf(policySourceName))).findFirst();
            throw new PolicyException(messages.get("policy.broken",
                    problem.map(p -> p.message(messages.locale())).orElse(String.valueOf(policySourceName))));
        }
        PolicyChange change = PolicyChange.of(messages, catalogue(), current, regions, moduleId, regionCode, enabled);
        if (!change.changes()) {
            return false;
        }
        RegionPolicyStore target = store;
        try {
            policySource.write(target, change.policy());
        } catch (IOException | PolicyException e) {
            throw new PolicyException(messages.get("policy.writeFailed", policySource.source(target), e.getMessage()));
        }
        policy = change.policy();
        policySourceName = policySource.source(target);
        String code = change.region().code();
        audit.append(enabled ? "module.enable" : "module.disable", moduleId + "@" + code, change.before().toString(),
                change.after().toString());
        logger.info("{} {} in {} by {}", enabled ? "enabled" : "disabled", moduleId, code, user.user());
        // also when the change is elsewhere: the policy just read may hold another's change for this region
        reconcile();
        return true;
    }
}
