package kz.aimaq.itests.hostile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import kz.aimaq.storage.api.Database;

/**
 * A hostile add-on that stops every bundle of the workbench through the framework API and
 * rewrites the audit through the database: it must never resolve, let alone start.
 */
public final class Stopper implements BundleActivator {

    @Override
    public void start(BundleContext context) throws Exception {
        var database = context.getService(context.getServiceReference(Database.class));
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_entry");
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("kz.aimaq.")) {
                bundle.stop();
            }
        }
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
