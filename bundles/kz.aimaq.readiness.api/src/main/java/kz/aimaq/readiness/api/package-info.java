/**
 * The AI/digital-readiness module's public contract: methodologies as data (a weighted tree
 * of groups and indicators), indicator values, score tables with coverage and ranks,
 * explanations, comparisons, roll-up over a unit hierarchy and Monte Carlo rank intervals.
 * The {@link kz.aimaq.readiness.api.ReadinessEngine} service computes them.
 */
@Export
@Version("1.2.0")
package kz.aimaq.readiness.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
