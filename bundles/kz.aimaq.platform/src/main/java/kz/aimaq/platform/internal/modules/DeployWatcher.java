package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Keeps the framework in step with the deploy folder: a new jar is installed, a changed one
 * updated, a removed one uninstalled. Starting is the module manager's decision (the policy
 * may forbid it). A jar that cannot be used is a problem until the file changes.
 * Not thread-safe: the module manager calls it from its one worker thread.
 */
final class DeployWatcher {

    private final Path folder;
    private final BundleControl control;
    private final Problems problems;
    private final Predicate<String> featureModule;
    private final Map<Path, JarInfo> installed = new ConcurrentSkipListMap<>();
    private final Set<Path> failed = new HashSet<>();
    private DeployScan last = DeployScan.EMPTY;
    private boolean first = true;

    /** @param featureModule whether a module name is taken by a feature (a jar may not reuse it) */
    DeployWatcher(Path folder, BundleControl control, Problems problems, Predicate<String> featureModule) {
        this.folder = folder;
        this.control = control;
        this.problems = problems;
        this.featureModule = featureModule;
    }

    /** The usable bundles of the deploy folder, installed in the framework. */
    List<JarInfo> jars() {
        return List.copyOf(installed.values());
    }

    /** Whether the jar failed to start and has not changed since. */
    boolean failed(Path file) {
        return failed.contains(file);
    }

    /** Records that the jar's bundle cannot start; it is not tried again until the file changes. */
    void startFailed(Path file, String reason) {
        failed.add(file);
        problems.report(file.toString(), file + ": cannot start: " + reason);
    }

    /** Checks the folder once; true when something was installed, updated or uninstalled. */
    boolean poll() {
        DeployScan now;
        try {
            now = DeployScan.of(folder);
        } catch (IOException e) {
            problems.report(folder.toString(), folder + ": cannot list the deploy folder: " + e.getMessage());
            return false;
        }
        problems.clear(folder.toString());
        DeployScan.Changes changes = now.since(last);
        last = now;
        boolean changed = false;
        for (Path file : changes.removed()) {
            changed |= remove(file);
        }
        for (Path file : changes.added()) {
            changed |= install(file, false);
        }
        for (Path file : changes.changed()) {
            changed |= install(file, true);
        }
        if (first) {
            first = false;
            changed |= uninstallLeftovers(now);
        }
        return changed;
    }

    private boolean remove(Path file) {
        forget(file);
        Optional<Bundle> bundle = control.find(file.toUri().toString());
        if (bundle.isEmpty()) {
            return false;
        }
        try {
            bundle.get().uninstall();
        } catch (BundleException | IllegalStateException e) {
            problems.report(file.toString(), file + ": removed, but its bundle cannot be uninstalled: " + e.getMessage());
        }
        return true;
    }

    private void forget(Path file) {
        installed.remove(file);
        failed.remove(file);
        problems.clear(file.toString());
    }

    private boolean install(Path file, boolean changed) {
        forget(file);
        JarInfo jar;
        try {
            jar = JarInfo.read(file);
        } catch (IOException e) {
            problems.report(file.toString(), file + ": " + e.getMessage());
            return false;
        }
        if (jar.isModule() && featureModule.test(jar.module())) {
            problems.report(file.toString(), file + ": " + JarInfo.MODULE_HEADER + " '" + jar.module()
                    + "' is the name of a module of the distribution; choose another module name");
            return false;
        }
        String location = file.toUri().toString();
        try {
            Optional<Bundle> bundle = control.find(location);
            if (bundle.isEmpty()) {
                control.findOrInstall(location, file);
            } else if (changed || newer(file, bundle.get())) {
                control.update(bundle.get(), file);
            }
        } catch (BundleException | IOException | IllegalStateException e) {
            problems.report(file.toString(), file + ": cannot install: " + e.getMessage());
            return false;
        }
        installed.put(file, jar);
        return true;
    }

    /** On the first scan, a jar replaced while the application was not running. */
    private static boolean newer(Path file, Bundle bundle) throws IOException {
        return Files.getLastModifiedTime(file).toMillis() > bundle.getLastModified();
    }

    /** Bundles installed from this folder in an earlier session whose jar has gone since. */
    private boolean uninstallLeftovers(DeployScan now) {
        Set<Path> present = new TreeSet<>(now.jars().keySet());
        Path root = folder.toAbsolutePath().normalize();
        boolean changed = false;
        for (Bundle bundle : control.all()) {
            String location = bundle.getLocation();
            if (location == null || !location.startsWith("file:")) {
                continue;
            }
            Path file;
            try {
                file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (root.equals(file.getParent()) && present.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(file))) {
                changed |= remove(file);
            }
        }
        return changed;
    }
}
