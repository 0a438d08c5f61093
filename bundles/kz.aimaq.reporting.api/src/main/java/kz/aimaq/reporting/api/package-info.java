/**
 * Reports as services: any module registers a {@link kz.aimaq.reporting.api.Report}; the
 * reporting bundle lists, runs and renders them (PDF, XLSX, CSV, HTML). A report's result is
 * typed: sections of tables, charts and map panels, with metadata saying what went in.
 * {@link kz.aimaq.reporting.api.RollUp} sums okrug figures up to districts, regions and the
 * nation over the registry. Data returns (periodic submissions, completeness and timeliness)
 * are served by {@link kz.aimaq.reporting.api.DataReturns}; modules add their data sets as
 * {@link kz.aimaq.reporting.api.DataSetContribution} services (since 1.1).
 */
@Export
@Version("1.1.0")
package kz.aimaq.reporting.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
