/**
 * What other modules contribute to the registry's map: choropleth layers that colour
 * regions and districts by a value of theirs (a readiness score, tax collection, ...).
 * No SWT here, so a module can offer a layer without depending on the registry's views.
 */
@Export
@Version("1.0.0")
package kz.aimaq.map.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
