package kz.aimaq.platform.api;

import java.util.List;
import java.util.Set;

/**
 * A module as the module manager knows it: a feature of ours or a vendor's add-on.
 *
 * @param id             the module name, e.g. {@code registry}
 * @param title          a human title: a feature's name, or a vendor module's title in the user's
 *                       language where its jar gives one (header {@code Aimaq-Module-Title})
 * @param kind           core or optional
 * @param origin         where it came from: a feature file or a jar in {@code deploy/}
 * @param bundles        symbolic names of its bundles
 * @param enabledRegions 9-digit codes of the regions it is enabled in (all, for core)
 * @param active         whether its bundles run in this workbench (enabled for the user's region)
 */
public record ModuleInfo(String id, String title, ModuleKind kind, String origin,
        List<String> bundles, Set<String> enabledRegions, boolean active) {

    public ModuleInfo {
        bundles = List.copyOf(bundles);
        enabledRegions = Set.copyOf(enabledRegions);
    }
}
