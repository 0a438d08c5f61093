package kz.aimaq.reporting.api;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import kz.aimaq.platform.api.jobs.ProgressMonitor;

/**
 * A report a module contributes: register an implementation as a DS service. The catalogue
 * lists it for users in regions where its {@link #module()} is enabled.
 */
@ConsumerType
public interface Report {

    /** A stable id, e.g. {@code registry.units-by-kind}: the command line uses it. */
    String id();

    /** The module the report belongs to (the feature's module name, e.g. {@code registry}). */
    String module();

    Title title();

    /** The parameters the report reads from its request. */
    Set<Parameter> parameters();

    /**
     * Makes the report. Long work reports progress and returns early with a
     * {@link ReportException} once {@code monitor} says it is cancelled.
     *
     * @throws ReportException when the report cannot be made as asked, saying why
     */
    ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException;
}
