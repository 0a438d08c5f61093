package kz.aimaq.tax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.ServiceException;
import org.osgi.service.component.ComponentServiceObjects;

import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;

/**
 * {@link Units} over the registry service, fetched when first needed: at the first start the
 * registry seeds the classifier while it activates, and a component that took it in its
 * constructor would fail on SCR's lock timeout meanwhile.
 */
final class RegistryUnits implements Units {

    private static final long PATIENCE_MS = 180_000;

    private final ComponentServiceObjects<RegistryService> service;
    private volatile RegistryService registry;

    RegistryUnits(ComponentServiceObjects<RegistryService> service) {
        this.service = service;
    }

    /** The registry, waiting while it is still seeding or loading. */
    private RegistryService registry() {
        RegistryService current = registry;
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (current == null) {
            try {
                current = service.getService();
            } catch (ServiceException e) {
                current = null; // still activating: SCR's lock timed out
            }
            if (current == null) {
                if (System.currentTimeMillis() > end) {
                    throw new IllegalStateException("the unit registry did not become available within "
                            + PATIENCE_MS / 1000 + " s");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the unit registry", e);
                }
            }
        }
        registry = current;
        return current;
    }

    @Override
    public boolean isBudgetUnit(String kato) {
        return registry().find(kato).map(Unit::ownBudget).orElse(false);
    }

    @Override
    public List<String> budgetUnitsUnder(String code) {
        List<String> found = new ArrayList<>();
        RegistryService registry = registry();
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
        for (Unit child : registry().children(unit.code())) {
            collect(child, found);
        }
    }

    @Override
    public String name(String kato, Locale locale) {
        return registry().find(kato).map(u -> u.name(locale)).orElse(kato);
    }
}
