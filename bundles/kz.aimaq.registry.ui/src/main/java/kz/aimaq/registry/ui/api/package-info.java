/**
 * What other modules contribute to the registry's map: choropleth layers that colour
 * regions and districts by a value of theirs (a readiness score, tax collection, ...).
 */
@Export
@Version("1.0.0")
package kz.aimaq.registry.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
