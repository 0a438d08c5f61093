package kz.aimaq.registry.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.CurrentAuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.Migrations;

/**
 * Loads the registry on a thread of its own as soon as the database is there (migrating it and
 * reading it back, or on a first start indexing the shipped classifier) and then registers the
 * {@link RegistryService}; a first start writes the classifier into the database after that,
 * on the same thread, while the service serves reads from memory (what needs the database waits
 * for the commit inside the service). Should that write fail, the service is withdrawn. Activation itself only starts that thread: a first
 * start's seeding takes seconds, and done inside activation it held SCR's lock that long, so
 * that every other component waiting on SCR waited with it. Whoever needs the registry
 * references {@link RegistryService} and is satisfied when the data is ready; the
 * {@code registry} command references this component instead, so that it is there at once
 * and a command typed during a first start waits for the load rather than for a command.
 */
@Component(service = RegistryLoad.class, immediate = true)
public final class RegistryLoad {

    /** How long a command waits for a load still under way: a first start under -Xint on a busy machine. */
    private static final long LOAD_WAIT_MINUTES = 10;
    private static final int LOAD_ATTEMPTS = 3;

    private final CurrentAuditLog audit = new CurrentAuditLog();
    private final CompletableFuture<RegistryServiceImpl> loaded = new CompletableFuture<>();
    private final Thread loader;
    private final Object registration = new Object();
    private ServiceRegistration<RegistryService> registered;
    private boolean closed;
    /** The loaded registry and where it announces its changes; both guarded by {@code registration}. */
    private RegistryServiceImpl registry;
    private EventAdmin events;

    @Activate
    public RegistryLoad(@Reference Database database, @Reference UserContext user,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        List<Migration> migrations = Migrations.fromBundle(context.getBundle(), RegistryServiceImpl.MIGRATIONS);
        loader = new Thread(() -> {
            RegistryServiceImpl registry;
            try {
                registry = loadRetryingDeadlocks(() -> new RegistryServiceImpl(database, migrations, user, audit,
                        Clock.systemDefaultZone(), logger::info), logger);
                // Completed first: whoever the registration activates (the timeline) may ask for it at once.
                loaded.complete(registry);
                register(registry, context);
            } catch (Exception | LinkageError e) {
                loaded.completeExceptionally(e);
                failed(e, logger);
                return;
            }
            try {
                loadRetryingDeadlocks(() -> {
                    registry.finishSeed(logger::info);
                    return registry;
                }, logger);
            } catch (Exception | LinkageError e) {
                // The shipped data could not be written: withdraw what was shown from memory, since
                // nothing of it can be changed, dated or kept.
                registry.seedFailed(e);
                loaded.obtrudeException(e);
                withdraw();
                failed(e, logger);
            }
        }, "aimaq-registry-load");
        loader.setDaemon(true);
        loader.start();
    }

    private void register(RegistryServiceImpl loadedRegistry, BundleContext context) {
        synchronized (registration) {
            if (!closed) {
                this.registry = loadedRegistry;
                loadedRegistry.announceChangesTo(events);
                registered = context.registerService(RegistryService.class, loadedRegistry, null);
            }
        }
    }

    private void withdraw() {
        synchronized (registration) {
            if (registered != null) {
                registered.unregister();
                registered = null;
            }
        }
    }

    private void failed(Throwable e, Logger logger) {
        synchronized (registration) {
            if (closed) {
                logger.info("Registry: load stopped as the registry was stopped: {}", e.toString());
                return;
            }
        }
        logger.error("Registry: the registry could not be loaded, its views and commands stay unavailable", e);
    }

    /** Work that may be cancelled by the database to break a deadlock. */
    private interface Load {
        RegistryServiceImpl run() throws Exception;
    }

    /**
     * Loads, trying again when the database cancelled the load's transaction to break a deadlock
     * (another transaction, such as {@code central secure} altering the same tables, waited for
     * it while holding what it wanted): the seed is one transaction, rolled back when cancelled.
     */
    private static RegistryServiceImpl loadRetryingDeadlocks(Load load, Logger logger) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return load.run();
            } catch (Exception e) {
                if (!deadlock(e) || attempt == LOAD_ATTEMPTS) {
                    throw e;
                }
                logger.info("Registry: the database broke a deadlock by cancelling the load; loading again");
                Thread.sleep(500L * attempt);
            }
        }
    }

    /** Whether the failure comes from a transaction cancelled to break a deadlock (PostgreSQL 40P01, H2 40001). */
    private static boolean deadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The audit log is followed dynamically: the database's arrives moments after the database
     * itself, while the registry may still be seeding, and a static reference would restart the
     * load in the middle of it.
     */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog log) {
        audit.use(log);
    }

    void unsetAuditLog(AuditLog log) {
        audit.drop(log);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        synchronized (registration) {
            events = admin;
            if (registry != null) {
                registry.announceChangesTo(admin);
            }
        }
    }

    void unsetEventAdmin(EventAdmin admin) {
        synchronized (registration) {
            if (events == admin) {
                setEventAdmin(null);
            }
        }
    }

    /**
     * The loaded registry, waiting for a load still under way.
     *
     * @throws IllegalStateException if the load failed, or did not end in time
     */
    RegistryServiceImpl registry() throws InterruptedException {
        try {
            return loaded.get(LOAD_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the registry could not be loaded: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the registry is still loading after " + LOAD_WAIT_MINUTES + " minutes", e);
        }
    }

    /**
     * Withdraws the service, and lets a load under way end before the database goes: its writes
     * are one transaction, rolled back if the database closes under it, but a clean end is
     * cheaper for the next start than a rollback.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        synchronized (registration) {
            closed = true;
            if (registered != null) {
                registered.unregister();
                registered = null;
            }
        }
        loader.join(TimeUnit.SECONDS.toMillis(30));
    }
}
