package kz.aimaq.platform.internal.modules;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.RegionPolicyStore;

/**
 * The region policy as a {@link RegionPolicyStore} holds it, and back: checked by the same
 * rules as the policy file, since the database may have been written by another version.
 */
public final class StoredPolicy {

    /** How refusals name the stored policy. */
    public static final String SOURCE = "the region policy in the database (table region_policy)";

    private StoredPolicy() {
    }

    public static Map<String, Set<String>> toMap(Policy policy) {
        Map<String, Set<String>> modules = new TreeMap<>();
        policy.modules().forEach((module, regions) -> modules.put(module,
                regions.all() ? RegionPolicyStore.ALL : Set.copyOf(regions.codes())));
        return modules;
    }

    /**
     * @param regionCode the 9-digit code of a region code, or null if unknown
     * @throws PolicyException naming the module and value refused
     */
    public static Policy fromMap(Map<String, Set<String>> modules, Set<String> coreModules,
            Set<String> optionalModules, Function<String, String> regionCode) throws PolicyException {
        Map<String, RegionSet> policy = new TreeMap<>();
        Map<String, String> notInstalled = new TreeMap<>();
        for (Map.Entry<String, Set<String>> entry : new TreeMap<>(modules).entrySet()) {
            String module = entry.getKey();
            if (coreModules.contains(module)) {
                throw refuse("module '" + module + "' is core: core modules always run and must not be listed");
            }
            if (!optionalModules.contains(module)) {
                notInstalled.put(module, SOURCE);
            }
            Set<String> given = entry.getValue();
            if (given.contains("all")) {
                if (given.size() > 1) {
                    throw refuse("module '" + module + "': \"all\" is mixed with region codes " + new TreeSet<>(given));
                }
                policy.put(module, RegionSet.ALL);
                continue;
            }
            Set<String> codes = new TreeSet<>();
            for (String code : given) {
                String resolved = regionCode.apply(code);
                if (resolved == null) {
                    throw refuse("module '" + module + "': unknown region '" + code + "'");
                }
                codes.add(resolved);
            }
            policy.put(module, RegionSet.of(codes));
        }
        return new Policy(policy, notInstalled);
    }

    private static PolicyException refuse(String problem) {
        return new PolicyException(SOURCE + ": " + problem);
    }
}
