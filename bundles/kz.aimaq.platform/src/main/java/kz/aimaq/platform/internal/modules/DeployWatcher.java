package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

import kz.aimaq.platform.internal.Text;
import kz.aimaq.platform.internal.trust.JarSignatures;
import kz.aimaq.platform.internal.trust.TrustFolder;

/**
 * Keeps the framework in step with the deploy folder: a new jar is installed, a changed one
 * updated, a removed one uninstalled. Only a jar that names its module and whose every entry
 * is signed by a certificate of the trust store is installed, from a private copy of what was
 * checked; any other is refused with a problem naming the jar and the reason, and audited.
 * Starting is the module manager's decision (the policy may forbid it). A jar that cannot be
 * used is a problem until the file or the trust store changes.
 * Not thread-safe: the module manager calls it from its one worker thread.
 */
final class DeployWatcher {

    /** Where the audit hears of add-ons installed and refused. */
    interface AddOnAudit {
        void installed(Path jar, String module, String sha256);

        void refused(Path jar, String reason);
    }

    private final Path folder;
    private final BundleControl control;
    private final Problems problems;
    private final Predicate<String> featureModule;
    private final TrustFolder trust;
    private final Path checkedCopies;
    private final AddOnAudit audit;
    private final AuditedInstalls audited;
    private final Map<Path, JarInfo> installed = new ConcurrentSkipListMap<>();
    private final Set<Path> failed = new HashSet<>();
    private final Set<Path> refused = new HashSet<>();
    /** The modules that refused jars name: the region policy may still name them (see refusedModules). */
    private final Map<Path, String> refusedModules = new java.util.concurrent.ConcurrentHashMap<>();
    private DeployScan last = DeployScan.EMPTY;
    private String trustVersion = "";
    private boolean first = true;

    /**
     * @param featureModule whether a module name is taken by a feature (a jar may not reuse it)
     * @param checkedCopies a folder of the application's own where checked jars are copied
     */
    DeployWatcher(Path folder, BundleControl control, Problems problems, Predicate<String> featureModule,
            TrustFolder trust, Path checkedCopies, AddOnAudit audit) {
        this.folder = folder;
        this.control = control;
        this.problems = problems;
        this.featureModule = featureModule;
        this.trust = trust;
        this.checkedCopies = checkedCopies;
        this.audit = audit;
        this.audited = new AuditedInstalls(checkedCopies.resolve("audited-installs.properties"));
    }

    /** Whether the bundle at this location came from the deploy folder. */
    boolean deployed(String location) {
        return installed.keySet().stream().anyMatch(file -> file.toUri().toString().equals(location));
    }

    /** The usable bundles of the deploy folder, installed in the framework. */
    List<JarInfo> jars() {
        return List.copyOf(installed.values());
    }

    /**
     * The modules named by jars in the folder that were refused (unsigned, tampered, untrusted): a
     * region policy that enables such a module stays valid, so a bad add-on update turns off its own
     * module only, not every optional module of the installation.
     */
    Set<String> refusedModules() {
        return Set.copyOf(refusedModules.values());
    }

    /** Whether the jar failed to start and has not changed since. */
    boolean failed(Path file) {
        return failed.contains(file);
    }

    /** Records that the jar's bundle cannot start; it is not tried again until the file changes. */
    void startFailed(Path file, String reason) {
        failed.add(file);
        problems.report(file.toString(), "problem.addOnNotStarted", file, reason);
    }

    /** Checks the folder once; true when something was installed, updated or uninstalled. */
    boolean poll() {
        DeployScan now;
        try {
            now = DeployScan.of(folder);
        } catch (IOException e) {
            problems.report(folder.toString(), "problem.deployUnreadable", folder, e.getMessage());
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
        String trustNow = trust.version();
        if (!trustNow.equals(trustVersion)) {
            trustVersion = trustNow;
            // A certificate added or removed: look again at what was refused, and at what runs.
            Set<Path> again = new TreeSet<>(refused);
            again.addAll(installed.keySet());
            again.removeAll(changes.added());
            again.removeAll(changes.changed());
            for (Path file : again) {
                if (Files.exists(file)) {
                    changed |= install(file, true);
                }
            }
        }
        if (first || !changes.removed().isEmpty()) {
            forgetAuditedInstallsOfJarsGone(now);
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
            control.withinLimit(bundle.get(), "uninstall", Bundle::uninstall);
        } catch (BundleException | IllegalStateException e) {
            problems.report(file.toString(), "problem.removedNotUninstalled", file, e.getMessage());
        }
        return true;
    }

    private void forget(Path file) {
        installed.remove(file);
        failed.remove(file);
        refused.remove(file);
        refusedModules.remove(file);
        problems.clear(file.toString());
    }

    /** Refuses the jar: reported by name, audited, and a bundle installed from an earlier version of it removed. */
    private boolean refuse(Path file, Text reason) {
        refused.add(file);
        problems.report(file.toString(), "problem.refused", file, reason);
        audit.refused(file, reason.english());
        Optional<Bundle> earlier = control.find(file.toUri().toString());
        if (earlier.isPresent()) {
            try {
                control.withinLimit(earlier.get(), "uninstall", Bundle::uninstall);
            } catch (BundleException | IllegalStateException e) {
                problems.report(file.toString(), "problem.refusedNotUninstalled", file, e.getMessage());
            }
            return true;
        }
        return false;
    }

    private boolean install(Path file, boolean changed) {
        forget(file);
        JarInfo jar;
        try {
            jar = JarInfo.read(file);
        } catch (IOException e) {
            problems.report(file.toString(), "problem.unreadableJar", file,
                    e instanceof UnreadableJar unreadable ? unreadable.text() : e.getMessage());
            return false;
        }
        if (!jar.isModule()) {
            return refuse(file, new Text("refusal.noModuleHeader", JarInfo.MODULE_HEADER));
        }
        if (featureModule.test(jar.module())) {
            // a jar passing itself off as tax or the registry is refused and audited like an unsigned one
            return refuse(file, new Text("refusal.moduleNameTaken", JarInfo.MODULE_HEADER, jar.module()));
        }
        Path checked;
        String sha256;
        try {
            checked = privateCopy(file);
            sha256 = AuditedInstalls.sha256(checked);
        } catch (IOException e) {
            problems.report(file.toString(), "problem.notCopied", file, e.getMessage());
            return false;
        }
        Optional<Text> refusal = JarSignatures.refusal(checked,
                trust.read(p -> problems.report(trust.folder().toString(), "problem.trustFolder", p)).stream()
                        .map(TrustFolder.Entry::certificate).toList());
        if (refusal.isPresent()) {
            deleteCheckedCopy(checked);
            refusedModules.put(file, jar.module());
            return refuse(file, refusal.get());
        }
        String location = file.toUri().toString();
        try {
            Optional<Bundle> bundle = control.find(location);
            if (bundle.isEmpty()) {
                control.findOrInstall(location, file, checked);
                auditInstall(file, jar.module(), sha256);
            } else if (changed || newer(file, bundle.get())) {
                control.update(bundle.get(), checked);
                auditInstall(file, jar.module(), sha256);
            }
        } catch (BundleException | IOException | IllegalStateException e) {
            problems.report(file.toString(), "problem.notInstalled", file, e.getMessage());
            return false;
        }
        installed.put(file, jar);
        return true;
    }

    /** Audits the install unless these very bytes were audited before, by this process or an earlier one. */
    private void auditInstall(Path file, String module, String sha256) {
        if (audited.audited(file, sha256)) {
            return;
        }
        audit.installed(file, module, sha256);
        try {
            audited.record(file, sha256);
        } catch (IOException e) {
            problems.report(checkedCopies.toString(), "problem.installRecordNotWritten", file, e.getMessage());
        }
    }

    private void forgetAuditedInstallsOfJarsGone(DeployScan now) {
        try {
            audited.retain(now.jars().keySet());
        } catch (IOException e) {
            problems.report(checkedCopies.toString(), "problem.installsNotWritten", e.getMessage());
        }
    }

    /** A refused jar's copy goes: the bundle cache holds what was installed, the copy is only what was checked. */
    private void deleteCheckedCopy(Path checked) {
        try {
            Files.deleteIfExists(checked);
        } catch (IOException e) {
            problems.report(checked.toString(), "problem.refusedCopyKept", checked, e.getMessage());
        }
    }

    /** A copy only this application writes: what is checked is what is installed. */
    private Path privateCopy(Path file) throws IOException {
        Files.createDirectories(checkedCopies);
        Path copy = checkedCopies.resolve(file.getFileName().toString());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
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
