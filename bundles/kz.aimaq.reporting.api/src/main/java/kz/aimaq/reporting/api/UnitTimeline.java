package kz.aimaq.reporting.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import kz.aimaq.registry.api.Unit;

/**
 * Every version of the units below a scope, ended ones included, so that returns can expect a
 * unit only for the periods it existed. The registry provides it; without it only current units
 * are known.
 */
@ConsumerType
public interface UnitTimeline {

    /** The versions of every unit whose code lies in the scope ({@code null}: the whole country). */
    List<Unit> versions(String scopeCode);
}
