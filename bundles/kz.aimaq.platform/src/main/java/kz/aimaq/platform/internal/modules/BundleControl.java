package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

import kz.aimaq.platform.api.BundleInfo;

/** The framework operations of the module manager: find, install, start, stop, update, uninstall. */
final class BundleControl {

    private final BundleContext context;

    BundleControl(BundleContext context) {
        this.context = context;
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
        Optional<Bundle> installed = find(location);
        if (installed.isPresent()) {
            return installed.get();
        }
        if (!Files.isRegularFile(file)) {
            throw new BundleException("the bundle file " + file + " is missing from the distribution");
        }
        try (InputStream in = Files.newInputStream(file)) {
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
