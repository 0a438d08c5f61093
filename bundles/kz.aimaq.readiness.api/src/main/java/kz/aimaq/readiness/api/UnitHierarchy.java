package kz.aimaq.readiness.api;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Parent links and population of units (okrug → district → region → country), supplied by
 * the registry or by a file, so that this module needs no registry.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface UnitHierarchy {

    /** The nearest existing ancestor of {@code unit}, or empty at the top or for an unknown unit. */
    Optional<String> parent(String unit);

    /** The unit's population, or empty where it is not known. */
    OptionalDouble population(String unit);
}
