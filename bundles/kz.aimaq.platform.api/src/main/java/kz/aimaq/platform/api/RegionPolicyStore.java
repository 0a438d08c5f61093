package kz.aimaq.platform.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the region policy is kept once a database is available (the storage bundle provides
 * it). The module manager uses it when it is registered and falls back to the policy files
 * otherwise; it seeds an empty store with the policy it read from the files. The store keeps
 * what it is given: the module manager validates against the module catalogue and regions.
 *
 * @since 1.1
 */
@ProviderType
public interface RegionPolicyStore {

    /** The region set of a module enabled in every region. */
    Set<String> ALL = Set.of("all");

    /**
     * The stored policy: optional module id to the 9-digit codes of the regions it is enabled
     * in, or {@link #ALL}; empty when nothing was ever saved (a new installation).
     *
     * @throws PolicyException if the store cannot be read, saying why
     */
    Optional<Map<String, Set<String>>> load() throws PolicyException;

    /**
     * Replaces the whole stored policy in one transaction.
     *
     * @throws PolicyException if it cannot be saved; the stored policy is then unchanged
     */
    void save(Map<String, Set<String>> modules) throws PolicyException;
}
