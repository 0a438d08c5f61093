package kz.aimaq.reporting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import kz.aimaq.platform.api.jobs.ProgressMonitor;

/**
 * The reports the current user may run, and their output. Provided by the reporting bundle;
 * the window and the command line use it.
 */
@ProviderType
public interface ReportCatalog {

    /** The reports of modules enabled for the user's region, by id. */
    List<Report> reports();

    Optional<Report> find(String id);

    /** The unit the user's reports cover unless told otherwise: their region, or {@code null} for the nation. */
    String scope();

    /**
     * Runs a report after checking that the user may see the request's unit; every run and
     * every refusal is audited.
     *
     * @throws ReportException if the report is unknown, the unit is outside the user's scope, or
     *                         the report cannot be made, saying why in the request's language
     */
    ReportResult run(String reportId, ReportRequest request, ProgressMonitor monitor) throws ReportException;

    /**
     * Writes a result in a format: PDF with an embedded font, XLSX with one sheet per section,
     * CSV in UTF-8 with a BOM and the separator of the result's language, or one HTML file.
     */
    void write(ReportResult result, OutputFormat format, OutputStream out, ProgressMonitor monitor) throws IOException;
}
