package kz.aimaq.platform.api;

/**
 * One installed bundle, for the admin view.
 *
 * @param id            the framework's bundle id
 * @param symbolicName  Bundle-SymbolicName
 * @param version       Bundle-Version
 * @param module        the module it belongs to, or empty
 * @param state         INSTALLED, RESOLVED, STARTING, ACTIVE, STOPPING or UNINSTALLED
 * @param location      where it was installed from
 */
public record BundleInfo(long id, String symbolicName, String version, String module, String state,
        String location) {
}
