package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

import kz.aimaq.platform.api.BundleInfo;

/**
 * The framework operations of the module manager: find, install, start, stop, update, uninstall.
 * An add-on's start, stop and uninstall run on a thread of their own with a time limit, so that
 * an activator that never returns is abandoned and named instead of holding up the module manager.
 */
final class BundleControl {

    /** Runs one framework operation on a bundle. */
    interface Operation {
        void run(Bundle bundle) throws BundleException;
    }

    private final BundleContext context;
    private final Supplier<Duration> addOnLimit;
    private final ExecutorService addOnThreads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "aimaq-addon-lifecycle");
        thread.setDaemon(true);
        return thread;
    });

    /** @param addOnLimit how long an add-on's start or stop may take, as the settings say now */
    BundleControl(BundleContext context, Supplier<Duration> addOnLimit) {
        this.context = context;
        this.addOnLimit = addOnLimit;
    }

    /**
     * Runs {@code operation} ("start", "stop", "uninstall") on an add-on's bundle within the time
     * limit. Past it the thread is interrupted and left behind, and the bundle is reported by name.
     */
    void withinLimit(Bundle bundle, String what, Operation operation) throws BundleException {
        Future<?> done = addOnThreads.submit(() -> {
            operation.run(bundle);
            return null;
        });
        Duration limit = addOnLimit.get();
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new BundleException("the add-on " + bundle.getSymbolicName() + " did not " + what + " within "
                    + limit.toMillis() / 1000.0 + " s and was abandoned; the platform and the other add-ons carry on");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BundleException cause) {
                throw cause;
            }
            throw new BundleException("the add-on " + bundle.getSymbolicName() + " failed to " + what + ": "
                    + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException("interrupted while the add-on " + bundle.getSymbolicName() + " was to " + what);
        }
    }

    /** Abandons the threads of add-ons that never returned; called when the module manager goes. */
    void close() {
        addOnThreads.shutdownNow();
    }

    /**
     * The bundle installed from {@code location}; a location naming the same file in another
     * spelling (relative parts, a trailing slash) counts too.
     */
    Optional<Bundle> find(String location) {
        Bundle exact = context.getBundle(location);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<Path> wanted = path(location);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Bundle bundle : context.getBundles()) {
            if (path(bundle.getLocation()).equals(wanted)) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> path(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(location)).toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The installed bundle of {@code location}, installing it from {@code file} if needed. */
    Bundle findOrInstall(String location, Path file) throws BundleException, IOException {
        return findOrInstall(location, file, file);
    }

    /**
     * The installed bundle of {@code location}, installing it from {@code content} if needed: an
     * add-on is installed from the copy whose signatures were checked, not from the file in
     * {@code deploy/}, which could be swapped in between.
     */
    Bundle findOrInstall(String location, Path file, Path content) throws BundleException, IOException {
        Optional<Bundle> installed = find(location);
        if (installed.isPresent()) {
            return installed.get();
        }
        if (!Files.isRegularFile(content)) {
            throw new BundleException("the bundle file " + file + " is missing from the distribution");
        }
        try (InputStream in = Files.newInputStream(content)) {
            return context.installBundle(location, in);
        }
    }

    void update(Bundle bundle, Path file) throws BundleException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            bundle.update(in);
        }
    }

    /**
     * Starts a bundle unless it is a fragment. Transient: the next launch starts only what the
     * policy of that moment allows, so the framework never starts a disabled module by itself.
     */
    void start(Bundle bundle) throws BundleException {
        if (!isFragment(bundle) && bundle.getState() != Bundle.ACTIVE) {
            bundle.start(Bundle.START_TRANSIENT);
        }
    }

    /** Stops a bundle and clears its autostart setting, so it cannot come back on the next launch. */
    void stop(Bundle bundle) throws BundleException {
        if (!isFragment(bundle) && bundle.getState() != Bundle.UNINSTALLED) {
            bundle.stop();
        }
    }

    static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    static BundleInfo info(Bundle bundle, String module) {
        return new BundleInfo(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                module, state(bundle.getState()), bundle.getLocation());
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    Bundle[] all() {
        return context.getBundles();
    }
}
