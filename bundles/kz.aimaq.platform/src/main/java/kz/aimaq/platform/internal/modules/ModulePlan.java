package kz.aimaq.platform.internal.modules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import kz.aimaq.platform.api.ModuleKind;

/**
 * Which bundles must run and which must not, from the catalogue, the policy, the user's
 * region and whether there is a display. Pure: the module manager applies it to the framework.
 *
 * @param active   the modules that run here: every core module and the optional ones enabled for the region
 * @param mustRun  locations of optional-module bundles to start, in catalogue order
 * @param mustStop locations of optional-module bundles that must not run
 */
public record ModulePlan(Set<String> active, Set<String> mustRun, Set<String> mustStop) {

    /**
     * @param policy the policy, or null when the policy file was refused: then only core modules run
     */
    public static ModulePlan compute(Collection<ModuleEntry> catalogue, Policy policy, String region,
            boolean headless) {
        Set<String> active = new LinkedHashSet<>();
        Set<String> core = new LinkedHashSet<>();
        Set<String> run = new LinkedHashSet<>();
        Set<String> stop = new LinkedHashSet<>();
        for (ModuleEntry module : catalogue) {
            boolean isCore = module.kind() == ModuleKind.CORE;
            boolean enabled = isCore || policy != null && policy.enabled(module.id(), region);
            if (enabled) {
                active.add(module.id());
            }
            for (ModuleEntry.Member bundle : module.bundles()) {
                if (isCore) {
                    core.add(bundle.location());
                } else if (enabled && !(headless && bundle.ui())) {
                    run.add(bundle.location());
                } else {
                    stop.add(bundle.location());
                }
            }
        }
        // A bundle shared with a running module (an API bundle, say) keeps running.
        stop.removeAll(run);
        stop.removeAll(core);
        run.removeAll(core);
        return new ModulePlan(Set.copyOf(active), Collections.unmodifiableSet(run), Set.copyOf(stop));
    }

    public boolean isActive(String module) {
        return active.contains(module);
    }
}
