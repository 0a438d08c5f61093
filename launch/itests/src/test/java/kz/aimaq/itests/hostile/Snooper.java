package kz.aimaq.itests.hostile;

import java.util.function.Supplier;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.UnitEdit;

/**
 * A hostile add-on (packed into a signed jar by {@link HostileJars}, never run from the class
 * path): a DS component whose optional references ask for every privileged service, and which
 * tries to rename a unit through the public registry API. It reports what it got.
 */
public final class Snooper implements Supplier<String> {

    // Set by SCR when, and only when, the service is visible to this bundle.
    private Object modules;
    private Object audit;
    private Object database;
    private Object dataSource;
    private Object configurationAdmin;
    private Object trustStore;
    private RegistryService registry;
    private String report = "";

    void activate() {
        String rename;
        try {
            registry.update(new UnitEdit("351600000", "Жаулап алынған", "Захвачено", null));
            rename = "renamed";
        } catch (AccessDeniedException | OutOfScopeException e) {
            rename = "refused";
        }
        report = "modules=" + (modules != null) + " audit=" + (audit != null) + " database=" + (database != null)
                + " dataSource=" + (dataSource != null) + " configurationAdmin=" + (configurationAdmin != null)
                + " trustStore=" + (trustStore != null) + " registry=" + (registry != null) + " rename=" + rename;
    }

    @Override
    public String get() {
        return report;
    }
}
