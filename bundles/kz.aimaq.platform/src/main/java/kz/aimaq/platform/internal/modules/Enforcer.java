package kz.aimaq.platform.internal.modules;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link ModulePlan} to the framework. Failures become problems, never exceptions:
 * one bundle that cannot start does not keep the others from starting.
 */
final class Enforcer {

    private final BundleControl control;
    private final Problems problems;
    private final DeployWatcher watcher;
    private final boolean headless;

    Enforcer(BundleControl control, Problems problems, DeployWatcher watcher, boolean headless) {
        this.control = control;
        this.problems = problems;
        this.watcher = watcher;
        this.headless = headless;
    }

    /**
     * Stops what must not run, then installs and starts what must.
     *
     * @param policy the policy, or null when refused
     * @return the plan applied
     */
    ModulePlan apply(List<ModuleEntry> catalogue, Policy policy, String region) {
        ModulePlan next = ModulePlan.compute(catalogue, policy, region, headless);
        for (String location : next.mustStop()) {
            control.find(location).ifPresent(bundle -> {
                try {
                    control.stop(bundle);
                } catch (Exception e) {
                    problems.report(location, location + ": cannot stop: " + e.getMessage());
                }
            });
        }
        Map<Path, JarInfo> deployed = new HashMap<>();
        watcher.jars().forEach(jar -> deployed.put(jar.file(), jar));
        // Install all first, start after: a fragment listed after its host attaches before the host resolves.
        Map<ModuleEntry.Member, String> toStart = new LinkedHashMap<>();
        for (ModuleEntry module : catalogue) {
            for (ModuleEntry.Member member : module.bundles()) {
                if (next.mustRun().contains(member.location())
                        && (deployed.containsKey(member.file()) || install(module.id(), member))) {
                    toStart.put(member, module.id());
                }
            }
        }
        toStart.forEach((member, module) -> start(module, member.file(), member.location(),
                deployed.containsKey(member.file())));
        for (JarInfo jar : deployed.values()) {
            if (!jar.isModule()) {
                start("", jar.file(), jar.file().toUri().toString(), true);
            }
        }
        return next;
    }

    private boolean install(String module, ModuleEntry.Member member) {
        try {
            control.findOrInstall(member.location(), member.file());
            return true;
        } catch (Exception e) {
            problems.report(member.location(), "module " + module + ": " + member.file().getFileName()
                    + " cannot be installed: " + e.getMessage());
            return false;
        }
    }

    private void start(String module, Path file, String location, boolean deployed) {
        if (deployed && watcher.failed(file)) {
            return;
        }
        try {
            control.start(control.findOrInstall(location, file));
            problems.clear(deployed ? file.toString() : location);
        } catch (Exception e) {
            if (deployed) {
                watcher.startFailed(file, e.getMessage());
            } else {
                problems.report(location, "module " + module + ": " + file.getFileName() + " cannot start: "
                        + e.getMessage());
            }
        }
    }
}
