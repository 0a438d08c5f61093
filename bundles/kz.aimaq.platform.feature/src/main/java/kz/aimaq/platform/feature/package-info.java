/**
 * The module catalogue: Feature JSON files (OSGi Compendium chapter 159), one per module,
 * each with a mandatory {@code kz.aimaq.module} extension. Read by the launcher on its class
 * path and by the module manager inside the framework; with what the launcher and the bundles
 * tell each other at start-up ({@link kz.aimaq.platform.feature.LaunchProperties},
 * {@link kz.aimaq.platform.feature.WindowShown}).
 */
@Export
@Version("1.1.0")
package kz.aimaq.platform.feature;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
