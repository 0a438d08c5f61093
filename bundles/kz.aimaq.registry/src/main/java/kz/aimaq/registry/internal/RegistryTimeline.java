package kz.aimaq.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.UnitTimeline;

/**
 * Every version of the registry's units, ended ones included, for data returns that must know
 * which units existed in a past period. Served from the versions the registry holds in memory,
 * which it replaces after every write it commits (and builds from the shipped rows on a first
 * start): reading the whole table back for each report made every Home refresh scan and
 * allocate some 16 000 rows per data set.
 */
@Component(service = UnitTimeline.class)
public final class RegistryTimeline implements UnitTimeline {

    private final RegistryServiceImpl registry;

    /** Registered only once the registry is: the load is complete by then, so this does not wait. */
    @Activate
    public RegistryTimeline(@Reference RegistryLoad load, @Reference RegistryService registered)
            throws InterruptedException {
        this(load.registry());
    }

    RegistryTimeline(RegistryServiceImpl registry) {
        this.registry = registry;
    }

    @Override
    public List<Unit> versions(String scopeCode) {
        String prefix = prefix(scopeCode);
        List<Unit> units = new ArrayList<>();
        for (Unit unit : registry.versions()) {
            if (unit.code().startsWith(prefix)) {
                units.add(unit);
            }
        }
        return units;
    }

    /** The KATO code prefix of a scope: {@code 1932} for the district {@code 193200000}. */
    static String prefix(String scopeCode) {
        if (scopeCode == null) {
            return "";
        }
        String prefix = scopeCode.replaceAll("0+$", "");
        if (prefix.length() % 2 == 1) {
            prefix = prefix + "0";
        }
        return prefix.length() < 2 ? scopeCode.substring(0, 2) : prefix;
    }
}
