package kz.aimaq.tax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;

/** {@link Units} over the registry service. */
final class RegistryUnits implements Units {

    private final RegistryService registry;

    RegistryUnits(RegistryService registry) {
        this.registry = registry;
    }

    @Override
    public boolean isBudgetUnit(String kato) {
        return registry.find(kato).map(Unit::ownBudget).orElse(false);
    }

    @Override
    public List<String> budgetUnitsUnder(String code) {
        List<String> found = new ArrayList<>();
        List<Unit> start = code == null || code.isBlank() ? registry.roots()
                : registry.find(code).map(List::of).orElse(List.of());
        for (Unit u : start) {
            collect(u, found);
        }
        return found;
    }

    private void collect(Unit unit, List<String> found) {
        if (unit.ownBudget()) {
            found.add(unit.code());
        }
        for (Unit child : registry.children(unit.code())) {
            collect(child, found);
        }
    }

    @Override
    public String name(String kato, Locale locale) {
        return registry.find(kato).map(u -> u.name(locale)).orElse(kato);
    }
}
