package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.ReportResult;

/** The writer of each format. */
final class Writers {

    private Writers() {
    }

    static void write(ReportResult result, OutputFormat format, OutputStream out, ProgressMonitor monitor) throws IOException {
        switch (format) {
            case PDF -> PdfReportWriter.write(result, out, monitor);
            case XLSX -> XlsxReportWriter.write(result, out, monitor);
            case CSV -> CsvReportWriter.write(result, out, monitor);
            case HTML -> Html.write(result, out, monitor);
        }
    }
}
