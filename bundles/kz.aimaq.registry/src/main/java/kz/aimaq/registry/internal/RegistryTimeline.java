package kz.aimaq.registry.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.UnitTimeline;
import kz.aimaq.storage.api.Database;

/**
 * Every version of the registry's units, ended ones included, for data returns that must know
 * which units existed in a past period. Read from the registry's tables on each call: returns
 * are computed rarely and the registry changes under them.
 */
@Component(service = UnitTimeline.class)
public final class RegistryTimeline implements UnitTimeline {

    private final RegistryStore store;

    /** The registry is referenced so that the timeline starts only once the registry has seeded its tables. */
    @Activate
    public RegistryTimeline(@Reference Database database, @Reference RegistryService registry) {
        this.store = new RegistryStore(database.dataSource());
    }

    @Override
    public List<Unit> versions(String scopeCode) {
        String prefix = prefix(scopeCode);
        try {
            RegistryStore.Versions versions = store.versions(store.population());
            List<Unit> units = new ArrayList<>();
            for (List<Unit> list : List.of(versions.current(), versions.former())) {
                for (Unit unit : list) {
                    if (unit.code().startsWith(prefix)) {
                        units.add(unit);
                    }
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry's history: " + e.getMessage(), e);
        }
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
