package kz.aimaq.platform.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Problem;

/** A module manager in memory that records every change it is asked for. */
final class FakeModuleManager implements ModuleManager {

    /** Each call to setEnabled as {@code module@region=enabled}. */
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Problem> problems = new CopyOnWriteArrayList<>();
    final List<BundleInfo> bundles = new CopyOnWriteArrayList<>();
    private final Map<String, ModuleInfo> modules = new ConcurrentHashMap<>();
    private volatile String refusal;

    FakeModuleManager add(String id, String title, ModuleKind kind, String... enabledRegions) {
        modules.put(id, new ModuleInfo(id, title, kind, "features/" + id + ".json", List.of("kz.aimaq." + id),
                Set.of(enabledRegions), false));
        return this;
    }

    /** Makes every following change fail with this message. */
    void refuseWith(String message) {
        refusal = message;
    }

    @Override
    public List<ModuleInfo> modules() {
        return new ArrayList<>(modules.values());
    }

    @Override
    public List<BundleInfo> bundles() {
        return List.copyOf(bundles);
    }

    @Override
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void setEnabled(String moduleId, String regionCode, boolean enabled) throws PolicyException {
        calls.add(moduleId + "@" + regionCode + "=" + enabled);
        if (refusal != null) {
            throw new PolicyException(refusal);
        }
        ModuleInfo module = modules.get(moduleId);
        Set<String> regions = new HashSet<>(module.enabledRegions());
        if (enabled) {
            regions.add(regionCode);
        } else {
            regions.remove(regionCode);
        }
        modules.put(moduleId, new ModuleInfo(module.id(), module.title(), module.kind(), module.origin(),
                module.bundles(), regions, module.active()));
    }
}
