/**
 * The district registry: Kazakhstan's administrative-territorial units as classified by KATO,
 * with their hierarchy, names, history and dated facts.
 */
@Export
@Version("2.1.0")
package kz.aimaq.registry.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
