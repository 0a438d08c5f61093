package kz.aimaq.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.readiness.internal.reports.RankingReport;
import kz.aimaq.registry.internal.reports.UnitsReport;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.internal.ReportCatalogImpl;
import kz.aimaq.reporting.internal.returns.CompletenessReport;
import kz.aimaq.reporting.internal.returns.DataReturnsImpl;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.LocalisationAssert;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.TreeRegistry;
import kz.aimaq.testing.Ui;

/**
 * Home and the reports view in a real SWT window (under Xvfb), over the real catalogue, data
 * returns on H2, and the registry's, readiness' and completeness reports on a small registry.
 */
class HomeAndReportsWindowTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private TestDatabase db;
    private Shell shell;
    private ReportsModel model;
    private HomeView home;
    private ReportsView reports;
    private CTabFolder folder;

    @TempDir
    Path dir;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.h2();
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.KAZAKH, "analyst");
        TreeRegistry registry = TreeRegistry.sample();
        DataReturnsImpl returns = new DataReturnsImpl(db.database(),
                Migrations.fromClassLoader(DataReturnsImpl.class.getClassLoader(), DataReturnsImpl.MIGRATIONS), user, registry,
                Clock.systemUTC(), DataReturnsImpl.SHIPPED);
        // last month's budget return: Akzhar sent it, Bakanas and Shonzhy did not
        Period lastMonth = Period.containing(PeriodType.MONTHLY, LocalDate.now(ZoneOffset.UTC)).previous();
        returns.submit("okrug.budget-execution", lastMonth, "193233100",
                Map.of("revenue_plan", "1000", "revenue_actual", "950", "spending_actual", "800"));
        ReportCatalogImpl catalog = new ReportCatalogImpl(user);
        catalog.addReport(new UnitsReport(registry));
        catalog.addReport(new CompletenessReport(returns, registry));
        catalog.addReport(new RankingReport(new ReadinessEngineImpl(), registry));
        model = new ReportsModel(catalog);

        shell = Ui.shell(1400, 950);
        folder = new CTabFolder(shell, SWT.BORDER);
        home = new HomeView(model);
        reports = new ReportsView(model);
        tab("Басты бет", home, user);
        tab("Есептер", reports, user);
        folder.setSelection(0);
        shell.open();
    }

    private void tab(String title, kz.aimaq.workbench.api.View view, TestUser user) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        Composite holder = new Composite(folder, SWT.NONE);
        holder.setLayout(new FillLayout());
        item.setControl(holder);
        view.createContent(holder, new TestViewSite(Ui.display(), user, HomeView.class));
    }

    @AfterEach
    void close() {
        home.dispose();
        reports.dispose();
        shell.dispose();
        model.deactivate();
        db.close();
    }

    @Test
    void homeShowsTheRegionAndATileOpensItsReport() throws Exception {
        HomeFigures figures = Ui.waitFor("Home's figures", home::figures);
        Ui.waitUntil("the tiles", () -> labels(shell).stream().anyMatch(t -> t.equals("Деректердің толықтығы")));
        List<String> texts = labels(shell);
        assertTrue(texts.contains("Сіздің аумағыңыз: Алматы облысы"), texts.toString());
        // three okrugs with their own budget in the sample's Almaty Region; 90 000 people in its two districts
        assertTrue(texts.contains("3"), texts.toString());
        assertTrue(texts.contains("90 000") || texts.contains("90 000"), texts.toString());
        // one of three okrugs sent last month's budget return
        assertTrue(texts.contains("33,3 %"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("2 түспеген")), texts.toString());
        assertEquals(1, figures.returns().stream().filter(r -> r.expected() == 3 && r.received() == 1).count());
        Files.createDirectories(SCREENSHOTS);
        Ui.screenshot(shell, SCREENSHOTS.resolve("home-kk.png"));

        Label completenessTile = Ui.find(shell, Label.class).stream().filter(l -> l.getText().equals("Деректердің толықтығы"))
                .findFirst().orElseThrow();
        completenessTile.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
        Ui.waitFor("the completeness report in the preview", () -> reports.shown() != null
                && reports.shown().metadata().reportId().equals(CompletenessReport.ID) ? reports.shown() : null);
        assertEquals(1, folder.getSelectionIndex(), "the reports tab came to the front");
        Ui.waitUntil("the preview is laid out", () -> labels(shell).stream().anyMatch(t -> t.startsWith("Деректердің толықтығы және")));
        Ui.screenshot(shell, SCREENSHOTS.resolve("reports-completeness-kk.png"));

        Path pdf = dir.resolve("completeness.pdf");
        reports.export(OutputFormat.PDF, pdf);
        Ui.waitUntil("the PDF is written", () -> Files.exists(pdf) || labels(shell).stream().anyMatch(t -> t.contains("completeness.pdf")
                && !t.contains("…")));
        assertTrue(Files.exists(pdf), labels(shell).toString());
        assertTrue(Files.size(pdf) > 10_000);
    }

    @Test
    void theCatalogueListsTheReportsAndPreviewsTheRegistrysReport() throws Exception {
        Ui.waitUntil("the catalogue", () -> !Ui.find(shell, org.eclipse.swt.widgets.List.class).isEmpty()
                && Ui.find(shell, org.eclipse.swt.widgets.List.class).get(0).getItemCount() == 3);
        model.open("registry.units", "190000000");
        Ui.waitFor("the units report", () -> reports.shown() != null
                && reports.shown().metadata().reportId().equals("registry.units") ? reports.shown() : null);
        Ui.waitUntil("the preview is laid out", () -> labels(shell).stream().anyMatch(t -> t.startsWith("Бірліктер түрлері")));
        Ui.screenshot(shell, SCREENSHOTS.resolve("reports-units-kk.png"));
    }

    private static List<String> labels(Composite root) {
        return Ui.find(root, Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void everyStringInEveryLanguage() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }
}
