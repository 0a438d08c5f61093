package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.reporting.api.DataReturns;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReturnRate;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.UnitTimeline;

/**
 * The reporting bundles in a real framework with the registry on the embedded database: the
 * registry's report is found, made and written as PDF (PDFBox and the DejaVu fonts bundle wired
 * by package), XLSX (fastexcel embedded) and CSV (FastCSV); data returns migrate their table and
 * see the registry's timeline and the data sets the modules contribute; a readiness return
 * submitted through them is what the readiness scorecard scores; the headless command lists the reports.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportingIT {


    @Inject
    @Filter(timeout = 90_000) // the registry seeds the whole classifier first
    private ReportCatalog catalog;

    @Inject
    @Filter(timeout = 90_000)
    private DataReturns returns;

    @Inject
    @Filter(timeout = 90_000)
    private UnitTimeline timeline;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.create("reporting");
        return options(AimaqOptions.platform(home.home, home.data, "190000000"), AimaqOptions.registry(),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"),
                composite(mavenBundle("commons-logging", "commons-logging").version("1.4.0"),
                        mavenBundle("org.apache.pdfbox", "pdfbox-io").version("3.0.8"),
                        mavenBundle("org.apache.pdfbox", "fontbox").version("3.0.8"),
                        mavenBundle("org.apache.pdfbox", "pdfbox").version("3.0.8"),
                        mavenBundle("net.sf.jasperreports", "jasperreports-fonts").version("7.1.1"),
                        AimaqOptions.ours("kz.aimaq.reporting.api"), AimaqOptions.ours("kz.aimaq.reporting"),
                        AimaqOptions.ours("kz.aimaq.readiness.api"), AimaqOptions.ours("kz.aimaq.readiness")));
    }

    @Test
    public void theRegistrysReportIsMadeAndWrittenInEveryFormat() throws Exception {
        // the registry registers once its data is loaded, and the reports that need it follow
        Await.until("the registry's and the completeness report in the catalogue", java.time.Duration.ofMinutes(2),
                () -> catalog.find("registry.units").isPresent() && catalog.find("returns.completeness").isPresent(),
                () -> catalog.reports().toString());
        ReportResult result = catalog.run("registry.units",
                new ReportRequest("190000000", null, LocalDate.now(), Locale.forLanguageTag("kk"), "itest"), ProgressMonitor.UNWATCHED);
        assertTrue(result.title(), result.title().contains("Алматы облысы"));
        for (OutputFormat format : OutputFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            catalog.write(result, format, out, ProgressMonitor.UNWATCHED);
            assertTrue(format + " has content", out.size() > 1000);
            if (format == OutputFormat.PDF) {
                assertEquals("%PDF", new String(out.toByteArray(), 0, 4, StandardCharsets.US_ASCII));
            }
            if (format == OutputFormat.XLSX) {
                assertEquals("PK", new String(out.toByteArray(), 0, 2, StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    public void returnsKnowTheRegistrysHistoryAndTheCommandListsTheReports() throws Exception {
        // okrug.budget-execution is the tax module's (TaxModuleIT), which this framework does not run
        Await.until("the readiness module's data set contributed", java.time.Duration.ofMinutes(2),
                () -> returns.dataSets().size() == 1, () -> returns.dataSets().toString());
        assertEquals(List.of("readiness.indicators"), returns.dataSets().stream().map(DataSet::id).toList());
        assertTrue(timeline.versions("190000000").size() > 100);
        Await.until("the report command", java.time.Duration.ofMinutes(2), () -> {
            try {
                return context.getServiceReferences(CliCommand.class, "(" + CliCommand.NAME + "=report)").size() == 1;
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }, () -> "");
        List<ServiceReference<CliCommand>> refs = List.copyOf(context.getServiceReferences(CliCommand.class,
                "(" + CliCommand.NAME + "=report)"));
        assertEquals(1, refs.size());
        CliCommand command = context.getService(refs.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(List.of("list"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String listed = out.toString(StandardCharsets.UTF_8);
        assertTrue(listed, listed.contains("registry.units") && listed.contains("returns.completeness"));
    }

    @Test
    public void aSubmittedReadinessReturnIsWhatTheScorecardScores() throws Exception {
        Await.until("the readiness data set and scorecard", java.time.Duration.ofMinutes(2),
                () -> returns.dataSet("readiness.indicators").isPresent() && catalog.find("readiness.scorecard").isPresent(),
                () -> returns.dataSets().toString());
        Period lastYear = Period.parse(Integer.toString(LocalDate.now().getYear() - 1));
        // an okrug of the registry's first classifier: expected for last year by the history-start rule
        String okrug = returns.rates("readiness.indicators", lastYear, "190000000").values().stream()
                .filter(ReturnRate::expected).map(ReturnRate::unit).sorted().findFirst().orElseThrow();
        Report scorecard = report("readiness.scorecard");
        ReportRequest request = new ReportRequest(okrug, lastYear, LocalDate.now(), Locale.ENGLISH, "itest");
        try {
            scorecard.run(request, ProgressMonitor.UNWATCHED);
            throw new AssertionError("no return yet, and no demonstration chosen: nothing to score");
        } catch (ReportException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(lastYear.id()));
        }

        Map<String, String> values = new TreeMap<>();
        for (String field : returns.dataSet("readiness.indicators").orElseThrow().fields()) {
            // counts of ratios (numerator and denominator alike: 100 %), plain indicators at 60
            values.put(field, field.contains(".") ? "40" : "60");
        }
        returns.submit("readiness.indicators", lastYear, okrug, values);
        assertTrue(returns.rates("readiness.indicators", lastYear, okrug).get(okrug).received());

        ReportResult after = scorecard.run(request, ProgressMonitor.UNWATCHED);
        assertFalse("scored on the return", after.metadata().synthetic());
        Object indexAfter = after.sections().get(0).tables().get(0).rows().get(0).cell(2);
        assertNotNull("the okrug has an index now", indexAfter);
    }

    private Report report(String id) throws Exception {
        for (ServiceReference<Report> ref : context.getServiceReferences(Report.class, null)) {
            Report report = context.getService(ref);
            if (report.id().equals(id)) {
                return report;
            }
        }
        throw new AssertionError("no report " + id);
    }
}
