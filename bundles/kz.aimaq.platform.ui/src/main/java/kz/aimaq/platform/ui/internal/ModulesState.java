package kz.aimaq.platform.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;

/**
 * What the modules view shows, read in one go off the UI thread. The lists are empty where
 * their service is absent.
 *
 * @param managerPresent whether a module manager runs
 * @param regionsPresent whether the regions service runs
 * @param modules        optional modules first, then core ones, each by id
 * @param regions        the 20 regions in KATO order
 * @param problems       what the administrator must fix
 */
record ModulesState(boolean managerPresent, boolean regionsPresent, List<ModuleInfo> modules,
        List<Region> regions, List<Problem> problems) {

    static ModulesState read(AdminServices services) {
        Optional<ModuleManager> manager = services.moduleManager();
        Optional<Regions> regions = services.regions();
        List<ModuleInfo> modules = new ArrayList<>(manager.map(ModuleManager::modules).orElse(List.of()));
        modules.sort(Comparator.comparing((ModuleInfo m) -> m.kind() == ModuleKind.CORE).thenComparing(ModuleInfo::id));
        return new ModulesState(manager.isPresent(), regions.isPresent(), List.copyOf(modules),
                regions.map(Regions::all).orElse(List.of()),
                manager.map(ModuleManager::problems).orElse(List.of()));
    }
}
