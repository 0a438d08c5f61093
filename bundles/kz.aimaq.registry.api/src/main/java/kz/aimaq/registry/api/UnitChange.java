package kz.aimaq.registry.api;

/** One unit as it is now and as an import would make it. */
public record UnitChange(Unit before, Unit after) {
}
