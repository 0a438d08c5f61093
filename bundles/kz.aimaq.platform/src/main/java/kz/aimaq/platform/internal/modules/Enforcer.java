package kz.aimaq.platform.internal.modules;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

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
                    if (watcher.deployed(location)) {
                        control.withinLimit(bundle, "stop", control::stop);
                    } else {
                        control.stop(bundle);
                    }
                } catch (Exception e) {
                    problems.report(location, "problem.cannotStop", location, e.getMessage());
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
        return next;
    }

    private boolean install(String module, ModuleEntry.Member member) {
        try {
            control.findOrInstall(member.location(), member.file());
            return true;
        } catch (Exception e) {
            problems.report(member.location(), "problem.moduleNotInstalled", module, member.file().getFileName(),
                    e.getMessage());
            return false;
        }
    }

    private void start(String module, Path file, String location, boolean deployed) {
        if (deployed && watcher.failed(file)) {
            return;
        }
        try {
            // An add-on is installed by the deploy watcher, from the copy it checked, never here.
            Bundle bundle = deployed ? control.find(location).orElseThrow(() -> new BundleException(file
                    + " is not installed")) : control.findOrInstall(location, file);
            if (deployed) {
                control.withinLimit(bundle, "start", control::start);
            } else {
                control.start(bundle);
            }
            problems.clear(deployed ? file.toString() : location);
        } catch (Exception e) {
            if (deployed) {
                watcher.startFailed(file, e.getMessage());
            } else {
                problems.report(location, "problem.moduleNotStarted", module, file.getFileName(), e.getMessage());
            }
        }
    }
}
