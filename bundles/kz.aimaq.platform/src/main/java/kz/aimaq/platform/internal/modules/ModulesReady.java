package kz.aimaq.platform.internal.modules;

/**
 * Registered by the module manager once the enabled modules have been started the first
 * time; the CLI gateway waits for it, so the launcher's "ready" means modules are up.
 */
public interface ModulesReady {
}
