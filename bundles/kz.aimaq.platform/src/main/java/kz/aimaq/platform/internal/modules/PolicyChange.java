package kz.aimaq.platform.internal.modules;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * One validated change of the policy: a module enabled or disabled in a region.
 *
 * @param module the module
 * @param region the region
 * @param before its regions before
 * @param after  its regions after
 * @param policy the whole policy after
 */
public record PolicyChange(String module, Region region, RegionSet before, RegionSet after, Policy policy) {

    /**
     * Validates a change against the catalogue.
     *
     * @param messages the user's strings: refusals are shown in the UI
     * @throws PolicyException when the module is unknown or core, or the region unknown
     */
    public static PolicyChange of(Messages messages, List<ModuleEntry> catalogue, Policy current, Regions regions,
            String moduleId, String regionCode, boolean enabled) throws PolicyException {
        Optional<ModuleEntry> module = catalogue.stream().filter(m -> m.id().equals(moduleId)).findFirst();
        if (module.isEmpty()) {
            throw new PolicyException(messages.get("policy.unknownModule", moduleId, catalogue.stream()
                    .filter(m -> m.kind() == ModuleKind.OPTIONAL).map(ModuleEntry::id)
                    .collect(Collectors.joining(", "))));
        }
        if (module.get().kind() == ModuleKind.CORE) {
            throw new PolicyException(messages.get("policy.coreModule", moduleId));
        }
        Region region = regions.find(regionCode)
                .orElseThrow(() -> new PolicyException(messages.get("policy.unknownRegion", regionCode)));
        RegionSet before = current.regionsOf(moduleId);
        RegionSet after = enabled ? before.with(region.code()) : before.without(region.code(), codes(regions));
        return new PolicyChange(moduleId, region, before, after, current.with(moduleId, after));
    }

    /** The 9-digit codes of every region. */
    public static Set<String> codes(Regions regions) {
        Set<String> codes = new TreeSet<>();
        regions.all().forEach(region -> codes.add(region.code()));
        return Collections.unmodifiableSet(codes);
    }

    public boolean changes() {
        return !before.equals(after);
    }
}
