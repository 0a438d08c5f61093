package kz.aimaq.platform.internal.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;

import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;

/** The module manager's answers for the admin view and the CLI. */
final class ModuleListing {

    private ModuleListing() {
    }

    /**
     * @param policy the policy, or null when refused (then no optional module is enabled anywhere)
     * @param every  the codes of all regions
     * @param locale the language of the titles
     */
    static List<ModuleInfo> modules(List<ModuleEntry> catalogue, ModulePlan plan, Policy policy, Set<String> every,
            Bundle[] installed, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Bundle bundle : installed) {
            if (bundle.getSymbolicName() != null) {
                names.put(bundle.getLocation(), bundle.getSymbolicName());
            }
        }
        List<ModuleInfo> result = new ArrayList<>();
        for (ModuleEntry module : catalogue) {
            Set<String> enabled = module.kind() == ModuleKind.CORE ? every
                    : policy == null ? Set.of() : policy.regionsOf(module.id()).expand(every);
            List<String> bundles = module.bundles().stream()
                    .map(m -> names.getOrDefault(m.location(), m.name())).toList();
            result.add(new ModuleInfo(module.id(), module.title(locale), module.kind(), module.origin(), bundles, enabled,
                    plan.isActive(module.id())));
        }
        return result;
    }

    /** Every installed bundle with the module it belongs to, found by location or else by symbolic name. */
    static List<BundleInfo> bundles(List<ModuleEntry> catalogue, Bundle[] installed) {
        Map<String, String> byLocation = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (ModuleEntry module : catalogue) {
            for (ModuleEntry.Member member : module.bundles()) {
                byLocation.putIfAbsent(member.location(), module.id());
                byName.putIfAbsent(member.name(), module.id());
            }
        }
        List<BundleInfo> result = new ArrayList<>();
        for (Bundle bundle : installed) {
            String module = byLocation.getOrDefault(bundle.getLocation(),
                    byName.getOrDefault(String.valueOf(bundle.getSymbolicName()), ""));
            result.add(BundleControl.info(bundle, module));
        }
        return result;
    }
}
