package kz.aimaq.platform.internal.modules;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The region policy: for each optional module listed, the regions it is enabled in. A module
 * that is not listed is enabled nowhere.
 *
 * @param modules      module name to regions, sorted by module name
 * @param notInstalled modules listed that no feature or add-on provides, each with where it is
 *                     listed (file and line, or the database): kept, so that an add-on's entry
 *                     applies again when its jar is back in {@code deploy/}, but without effect
 */
public record Policy(Map<String, RegionSet> modules, Map<String, String> notInstalled) {

    public static final Policy EMPTY = new Policy(Map.of());

    public Policy {
        modules = Collections.unmodifiableSortedMap(new TreeMap<>(modules));
        notInstalled = Collections.unmodifiableSortedMap(new TreeMap<>(notInstalled));
    }

    public Policy(Map<String, RegionSet> modules) {
        this(modules, Map.of());
    }

    public RegionSet regionsOf(String module) {
        return modules.getOrDefault(module, RegionSet.NONE);
    }

    public boolean enabled(String module, String regionCode) {
        return regionsOf(module).contains(regionCode);
    }

    /** A copy with {@code module}'s regions replaced. */
    public Policy with(String module, RegionSet regions) {
        Map<String, RegionSet> changed = new TreeMap<>(modules);
        changed.put(module, regions);
        return new Policy(changed, notInstalled);
    }
}
