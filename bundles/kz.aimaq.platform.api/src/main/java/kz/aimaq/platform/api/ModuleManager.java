package kz.aimaq.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Enforces the region policy: the bundles of an optional module run only where the module
 * is enabled for the user's region. Changes are audited and posted on
 * {@link Topics#MODULES_CHANGED}.
 */
@ProviderType
public interface ModuleManager {

    List<ModuleInfo> modules();

    List<BundleInfo> bundles();

    /** Current problems: a refused policy file, add-ons that cannot be installed. */
    List<Problem> problems();

    /**
     * Enables or disables an optional module in a region, starting or stopping its bundles
     * when the region is the user's own. Requires {@link Right#MANAGE_MODULES} with the region
     * in the user's scope; a refusal is audited.
     *
     * @throws PolicyException if the user may not, the module or region is unknown,
     *                         the module is core, or the policy file is broken
     */
    void setEnabled(String moduleId, String regionCode, boolean enabled) throws PolicyException;
}
