/**
 * Draws report charts and map panels as vectors on any {@link kz.aimaq.reporting.draw.Canvas}:
 * the PDF and HTML writers and the window's preview paint the same model with the same code.
 */
@Export
@Version("1.0.0")
package kz.aimaq.reporting.draw;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
