package kz.aimaq.platform.api;

/** Whether a module is always on or enabled per region by the region policy. */
public enum ModuleKind {
    CORE, OPTIONAL
}
