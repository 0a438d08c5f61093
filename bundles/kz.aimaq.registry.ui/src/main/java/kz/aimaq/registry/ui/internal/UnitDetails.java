package kz.aimaq.registry.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;

/**
 * Everything the details view shows about one code, read in one go off the UI thread.
 *
 * @param code      the code asked for
 * @param unit      its current version, empty if the code is not current (abolished or unknown)
 * @param ancestors the parent chain, top-level unit first
 * @param history   every version, oldest first
 * @param facts     its facts by key and period
 */
record UnitDetails(String code, Optional<Unit> unit, List<Unit> ancestors, List<Unit> history, List<Fact> facts) {

    static UnitDetails read(RegistryService registry, String code) {
        Optional<Unit> unit = registry.find(code);
        return new UnitDetails(code, unit, unit.isPresent() ? registry.ancestors(code) : List.of(),
                registry.history(code), registry.facts(code));
    }

    /** The newest published population figure with its source, if any. */
    Optional<Fact> population() {
        return facts.stream().filter(fact -> Fact.POPULATION_TOTAL.equals(fact.key()))
                .max(Comparator.comparing(Fact::periodEnd));
    }
}
