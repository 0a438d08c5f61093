package kz.aimaq.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VendorIsolationTest {

    @Test
    void vendorsMayNotWireToBundleControlConfigurationStorageOrInternals() {
        for (String denied : new String[] {"org.osgi.framework", "org.osgi.framework.hooks.service",
            "org.osgi.framework.wiring", "org.osgi.framework.launch", "org.osgi.service.cm", "org.osgi.service.jdbc",
            "kz.aimaq.storage.api", "kz.aimaq.platform.internal.modules", "org.apache.felix.scr.info",
            "com.example.internal"}) {
            assertTrue(VendorIsolation.deniedPackage(denied), denied);
        }
    }

    @Test
    void vendorsMayWireToThePublicApis() {
        for (String allowed : new String[] {"kz.aimaq.platform.api", "kz.aimaq.platform.api.l10n",
            "kz.aimaq.workbench.api", "kz.aimaq.registry.api", "org.eclipse.swt.widgets",
            "org.osgi.framework.namespace", "org.osgi.service.component.annotations", "org.osgi.frameworkx"}) {
            assertFalse(VendorIsolation.deniedPackage(allowed), allowed);
        }
    }
}
