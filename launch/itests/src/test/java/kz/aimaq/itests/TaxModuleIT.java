package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.DataReturns;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.workbench.api.View;

/**
 * The tax module as the distribution ships it (features/tax.json with its bundles; FastCSV comes with the platform),
 * enabled by the region policy for Almaty region only, in a real framework with the real
 * storage (H2 file) and registry: its services start, it generates and reports synthetic data
 * for one district, its command answers, and disabling the module stops it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TaxModuleIT {

    private static final String ALMATY_REGION = "190000000";
    private static final String TAX = "kz.aimaq.tax";

    @Inject
    private BundleContext context;

    @Inject
    private ModuleManager modules;


    /** Looked up once the tax service is there: injection gives up while the registry is still seeding. */
    private RegistryService registry;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.create("tax-module");
        try {
            String feature = Files.readString(AimaqOptions.REACTOR.resolve("features/tax.json"))
                    .replace("${project.version}", AimaqOptions.VERSION);
            home.file("features/tax.json", feature);
            for (String artifactId : List.of("kz.aimaq.tax.api", "kz.aimaq.tax", "kz.aimaq.tax.ui")) {
                home.bundle("bundles/" + artifactId, artifactId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        home.file("conf/region-policy.json", Policies.enabled("tax", ALMATY_REGION));
        return options(AimaqOptions.platform(home.home, home.data, ALMATY_REGION), AimaqOptions.registry(),
                AimaqOptions.ours("kz.aimaq.map.api"),
                // the reporting feature, which lists and runs the module's reports
                composite(mavenBundle("commons-logging", "commons-logging").version("1.4.0"),
                        mavenBundle("org.apache.pdfbox", "pdfbox-io").version("3.0.8"),
                        mavenBundle("org.apache.pdfbox", "fontbox").version("3.0.8"),
                        mavenBundle("org.apache.pdfbox", "pdfbox").version("3.0.8"),
                        mavenBundle("net.sf.jasperreports", "jasperreports-fonts").version("7.1.1"),
                        AimaqOptions.ours("kz.aimaq.reporting.api"), AimaqOptions.ours("kz.aimaq.reporting")),
                // not headless, so that the feature's UI bundle is installed too; no workbench opens a window
                frameworkProperty(LaunchProperties.HEADLESS).value("false"));
    }

    @Test
    public void theEnabledModuleRunsOnTheRealDatabaseAndStopsWhenDisabled() throws Exception {
        Await.until("the tax service, views, layer and command are registered", Duration.ofMinutes(2),
                this::taxRunning, this::states);
        Await.until("the registry has seeded the classifier", Duration.ofMinutes(3),
                () -> (registry = registry()) != null, this::states);
        Object tax = service("kz.aimaq.tax.api.TaxService");
        Unit district = registry.children(ALMATY_REGION).stream()
                .filter(u -> registry.children(u.code()).stream().anyMatch(Unit::ownBudget)).findFirst().orElseThrow();
        int okrugs = (Integer) tax.getClass().getMethod("generateDemo", String.class, int.class).invoke(tax,
                district.code(), 2026);
        assertTrue("every budget unit of " + district.code(), okrugs > 0);
        // the best-ranked audit log now (the database's), which the module follows greedily
        AuditLog audit = context.getService(context.getServiceReference(AuditLog.class));
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("tax.demo")));

        CliCommand command = command();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(List.of("execution", "--unit", district.code(), "--year", "2026", "--as-of",
                LocalDate.of(2026, 12, 6).toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(printed, printed.contains("104402"));
        Path arrears = Files.createTempFile("arrears", ".csv");
        assertEquals(0, command.run(List.of("arrears", "--unit", district.code(), "--as-of", "2026-12-06", "--out",
                arrears.toString()), new PrintStream(new ByteArrayOutputStream()), System.err));
        assertTrue(Files.readAllLines(arrears, StandardCharsets.UTF_8).size() > 1);

        String listed = reportList();
        for (String report : List.of("tax.plan-vs-actual", "tax.collection-by-month", "tax.arrears-ageing")) {
            assertTrue(listed, listed.contains(report));
        }
        ReportCatalog catalog = context.getService(context.getServiceReference(ReportCatalog.class));
        DataReturns returns = context.getService(context.getServiceReference(DataReturns.class));
        Await.until("the monthly execution return, now the tax module's", () -> returns.dataSets().stream()
                .anyMatch(d -> d.id().equals("okrug.budget-execution") && d.module().equals("tax")),
                () -> returns.dataSets().toString());
        ReportResult plan = catalog.run("tax.plan-vs-actual", new ReportRequest(district.code(), Period.parse("2026"),
                LocalDate.of(2026, 12, 6), java.util.Locale.forLanguageTag("kk"), "itest"), ProgressMonitor.UNWATCHED);
        assertTrue(plan.title(), plan.title().contains(district.nameKk()));
        assertTrue("demo data makes the report synthetic", plan.metadata().synthetic());
        Table byKbk = plan.sections().get(0).tables().get(0);
        assertTrue(byKbk.total().orElseThrow().cell(byKbk.column("actual")).toString(),
                ((java.math.BigDecimal) byKbk.total().orElseThrow().cell(byKbk.column("actual"))).signum() > 0);
        ReportResult arrearsReport = catalog.run("tax.arrears-ageing", new ReportRequest(district.code(), null,
                LocalDate.of(2026, 12, 6), java.util.Locale.ENGLISH, "itest"), ProgressMonitor.UNWATCHED);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        catalog.write(arrearsReport, OutputFormat.PDF, pdf, ProgressMonitor.UNWATCHED);
        assertEquals("%PDF", new String(pdf.toByteArray(), 0, 4, StandardCharsets.US_ASCII));

        modules.setEnabled("tax", ALMATY_REGION, false);
        Await.until("the tax services are gone", () -> !Services.registeredBy(context, CliCommand.class, TAX),
                this::states);
        assertFalse(Services.registeredBy(context, View.class, TAX + ".ui"));
        String afterwards = reportList();
        assertFalse(afterwards, afterwards.contains("tax."));
        Await.until("no execution return without the tax module", () -> returns.dataSets().stream()
                .noneMatch(d -> d.id().equals("okrug.budget-execution")), () -> returns.dataSets().toString());
    }


    /** What {@code report list} prints. */
    private String reportList() throws Exception {
        Collection<ServiceReference<CliCommand>> refs = context.getServiceReferences(CliCommand.class,
                "(" + CliCommand.NAME + "=report)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, context.getService(refs.iterator().next()).run(List.of("list"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        return out.toString(StandardCharsets.UTF_8);
    }

    private boolean taxRunning() {
        try {
            return context.getAllServiceReferences("kz.aimaq.tax.api.TaxService", null) != null
                    && Services.registeredBy(context, View.class, TAX + ".ui")
                    && Services.registeredBy(context, ChoroplethLayer.class, TAX + ".ui")
                    && Services.registeredBy(context, CliCommand.class, TAX);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registry, or null while its activation (the first seeding) still holds SCR's lock. */
    private RegistryService registry() {
        ServiceReference<RegistryService> ref = context.getServiceReference(RegistryService.class);
        try {
            return ref == null ? null : context.getService(ref);
        } catch (org.osgi.framework.ServiceException e) {
            return null;
        }
    }

    /** The tax service through the framework; the test bundle does not import its package. */
    private Object service(String type) throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(type, null);
        return context.getService(refs[0]);
    }

    private CliCommand command() throws Exception {
        Collection<ServiceReference<CliCommand>> refs = context.getServiceReferences(CliCommand.class,
                "(" + CliCommand.NAME + "=tax)");
        return context.getService(refs.iterator().next());
    }

    private String states() {
        StringBuilder s = new StringBuilder();
        for (org.osgi.framework.Bundle b : context.getBundles()) {
            s.append('\n').append(b.getSymbolicName()).append(' ').append(b.getState());
        }
        return s + "\nproblems: " + modules.problems();
    }
}
