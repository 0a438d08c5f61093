/**
 * The module catalogue: Feature JSON files (OSGi Compendium chapter 159), one per module,
 * each with a mandatory {@code kz.aimaq.module} extension. Read by the launcher on its class
 * path and by the module manager inside the framework.
 */
@Export
@Version("1.0.0")
package kz.aimaq.platform.feature;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
