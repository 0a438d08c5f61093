package kz.aimaq.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.Title;
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
import kz.aimaq.workbench.api.widgets.WrappingText;

/**
 * Home and the reports view in a real SWT window (under Xvfb), over the real catalogue, data
 * returns on H2, and the registry's, readiness' and completeness reports on a small registry.
 */
class HomeAndReportsWindowTest {

    /** A monthly return due 10 days after the month, like the tax module's budget execution return. */
    private static final DataSet MONTHLY_BUDGET = new DataSet("okrug.budget-execution", "tax",
            new Title("Округ бюджетінің атқарылуы (айлық)", "Исполнение бюджета округа (ежемесячно)",
                    "Okrug budget execution (monthly)"),
            PeriodType.MONTHLY, 10, DataSet.OKRUG_LEVEL,
            java.util.Set.of("revenue_plan", "revenue_actual", "spending_actual"));


    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private TestDatabase db;
    private Shell shell;
    private ReportsModel model;
    private HomeView home;
    private ReportsView reports;
    private CTabFolder folder;
    private final List<String> shownViews = TabbedSite.record();

    @TempDir
    Path dir;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.h2();
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.KAZAKH, "registry-editor");
        TreeRegistry registry = TreeRegistry.sample();
        DataReturnsImpl returns = new DataReturnsImpl(db.database(),
                Migrations.fromClassLoader(DataReturnsImpl.class.getClassLoader(), DataReturnsImpl.MIGRATIONS), user, registry,
                Clock.systemUTC(), List.of(MONTHLY_BUDGET));
        // last month's budget return: Akzhar sent it, Bakanas and Shonzhy did not
        Period lastMonth = Period.containing(PeriodType.MONTHLY, LocalDate.now(ZoneOffset.UTC)).previous();
        returns.submit("okrug.budget-execution", lastMonth, "193233100",
                Map.of("revenue_plan", "1000", "revenue_actual", "950", "spending_actual", "800"));
        ReportCatalogImpl catalog = new ReportCatalogImpl(user);
        catalog.addReport(new UnitsReport(registry));
        catalog.addReport(new CompletenessReport(returns, registry));
        catalog.addReport(RankingReport.of(new ReadinessEngineImpl(), registry, true));
        model = new ReportsModel(catalog);

        shell = Ui.shell(1400, 950);
        folder = new CTabFolder(shell, SWT.BORDER);
        home = new HomeView(model, (Path) null);
        reports = new ReportsView(model);
        tab("Басты бет", HomeView.ID, home, user);
        tab("Есептер", ReportsView.ID, reports, user);
        folder.setSelection(0);
        shell.open();
    }

    private void tab(String title, String viewId, kz.aimaq.workbench.api.View view, TestUser user) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        item.setData(viewId);
        Composite holder = new Composite(folder, SWT.NONE);
        holder.setLayout(new FillLayout());
        item.setControl(holder);
        view.createContent(holder, new TabbedSite(new TestViewSite(Ui.display(), user, HomeView.class), folder, shownViews));
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
    void homeShowsTheRegionAndATileOpensItsViewOrElseItsReport() throws Exception {
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

        WrappingText completenessTile = Ui.find(shell, WrappingText.class).stream().filter(l -> l.getText().equals("Деректердің толықтығы"))
                .findFirst().orElseThrow();
        completenessTile.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
        Ui.waitFor("the completeness report in the preview", () -> reports.shown() != null
                && reports.shown().metadata().reportId().equals(CompletenessReport.ID) ? reports.shown() : null);
        // the data returns view is not in this window: the tile fell back to its report
        assertEquals(List.of(ReturnsView.ID, ReportsView.ID), shownViews);
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

    @Test
    void everyTileOpensTheViewItSummarises() throws Exception {
        Ui.waitUntil("the tiles", () -> labels(shell).stream().anyMatch(t -> t.equals("Деректердің толықтығы")));
        List<String> views = Ui.find(shell, Composite.class).stream().map(c -> (String) c.getData(HomeView.VIEW))
                .filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of(HomeView.REGISTRY_VIEW, HomeView.REGISTRY_VIEW, ReturnsView.ID, HomeView.READINESS_VIEW), views,
                "units, population, completeness, readiness (no tax tile: the tax module is not there)");
        // a view that is there comes to the front, and no report is made
        CTabItem registry = new CTabItem(folder, SWT.NONE);
        registry.setText("Тізілім");
        registry.setData(HomeView.REGISTRY_VIEW);
        WrappingText unitsTile = Ui.find(shell, WrappingText.class).stream().filter(l -> l.getText().equals("Округ деңгейіндегі бірліктер"))
                .findFirst().orElseThrow();
        unitsTile.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of(HomeView.REGISTRY_VIEW), shownViews);
        assertEquals(registry, folder.getSelection());
        assertEquals(null, reports.shown());
    }

    /** The synthetic readiness set is a demonstration someone chooses: without it and without returns, no bands. */
    @Test
    void withoutReturnsOrTheDemonstrationTheReadinessTileSaysSo() throws Exception {
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.KAZAKH, "registry-editor");
        ReportCatalogImpl catalog = new ReportCatalogImpl(user);
        TreeRegistry registry = TreeRegistry.sample();
        catalog.addReport(new UnitsReport(registry));
        catalog.addReport(RankingReport.of(new ReadinessEngineImpl(), registry, false));
        onHomeOf(catalog, user, 1000, 600, other -> {
            Ui.waitUntil("the readiness tile", () -> labels(other).contains("Дайындық топтары"));
            List<String> texts = labels(other);
            assertTrue(texts.contains("Бірде-бір округ дайындық есебін әлі тапсырған жоқ"), texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.contains("синтетика")), texts.toString());
            assertTrue(texts.contains("Назар аударатын ештеңе жоқ: сіздің аумағыңыздан әзірге ешбір есеп күтілмейді."),
                    "no return expected is not 'every expected return arrived': " + texts);
        });
    }

    /** A new installation: returns are due but none has arrived and no okrug is scored, so both charts would be bare axes. */
    @Test
    void beforeAnyReturnTheChartsSayWhyTheyAreNotThere() throws Exception {
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.KAZAKH, "registry-editor");
        TreeRegistry registry = TreeRegistry.sample();
        try (TestDatabase empty = TestDatabase.h2()) {
            DataReturnsImpl none = new DataReturnsImpl(empty.database(),
                    Migrations.fromClassLoader(DataReturnsImpl.class.getClassLoader(), DataReturnsImpl.MIGRATIONS), user,
                    registry, Clock.systemUTC(), List.of(MONTHLY_BUDGET));
            ReportCatalogImpl catalog = new ReportCatalogImpl(user);
            catalog.addReport(new UnitsReport(registry));
            catalog.addReport(new CompletenessReport(none, registry));
            catalog.addReport(RankingReport.of(new ReadinessEngineImpl(), registry, false));
            onHomeOf(catalog, user, 1400, 950, other -> {
                Ui.waitUntil("the attention list", () -> labels(other).contains("Назар аударуды қажет етеді"));
                List<String> texts = labels(other);
                assertTrue(texts.contains("Толықтығы және уақтылығы: әзірге бірде-бір есеп түскен жоқ; диаграмма алғашқы"
                        + " есеппен пайда болады."), texts.toString());
                assertTrue(texts.contains("Топтар бойынша округтер: әзірге бірде-бір округтің дайындық бағасы жоқ;"
                        + " диаграмма алғашқы дайындық есебімен пайда болады."), texts.toString());
                assertTrue(Ui.find(other, BlockCanvas.class).isEmpty(), "no chart of empty bars");
                Files.createDirectories(SCREENSHOTS);
                Ui.screenshot(other, SCREENSHOTS.resolve("home-no-returns-kk.png"));
            });
        }
    }

    /** On a first start the completeness report registers after the registry's: Home must pick it up. */
    @Test
    void aReportThatRegistersAfterHomeOpenedBringsItsTile() throws Exception {
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.KAZAKH, "registry-editor");
        TreeRegistry registry = TreeRegistry.sample();
        ReportCatalogImpl catalog = new ReportCatalogImpl(user);
        catalog.addReport(new UnitsReport(registry));
        onHomeOf(catalog, user, 1400, 950, other -> {
            Ui.waitUntil("the units tile", () -> labels(other).contains("Халқы"));
            assertFalse(labels(other).contains("Деректердің толықтығы"), "no completeness report yet");
            DataReturnsImpl returns = new DataReturnsImpl(db.database(),
                    Migrations.fromClassLoader(DataReturnsImpl.class.getClassLoader(), DataReturnsImpl.MIGRATIONS), user,
                    registry, Clock.systemUTC(), List.of(MONTHLY_BUDGET));
            catalog.addReport(new CompletenessReport(returns, registry));
            Ui.waitUntil("the completeness tile once its report is there",
                    () -> labels(other).contains("Деректердің толықтығы") && labels(other).contains("33,3 %"));
        });
    }

    /**
     * The next start paints Home at once with the figures this user was shown last, marked as such,
     * while the registry is still loading; the figures read again replace them.
     */
    @Test
    void aStartShowsTheFiguresShownLastUntilTheyAreReadAgain() throws Exception {
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.KAZAKH, "registry-editor");
        Path kept = dir.resolve("cache");
        onHomeOf(model.catalog(), user, kept, 1400, 950, first -> {
            Ui.waitUntil("the tiles", () -> labels(first).contains("Деректердің толықтығы"));
            Ui.waitUntil("the figures kept", () -> {
                String[] files = kept.toFile().list((folder, name) -> name.endsWith(".bin"));
                return files != null && files.length == 1;
            });
        });

        // the next start: the registry has not loaded the country yet, so its units report is not there
        TreeRegistry registry = TreeRegistry.sample();
        ReportCatalogImpl loading = new ReportCatalogImpl(user);
        onHomeOf(loading, user, kept, 1400, 950, other -> {
            Ui.waitUntil("the figures shown last", () -> labels(other).contains("Сіздің аумағыңыз: Алматы облысы"));
            List<String> texts = labels(other);
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("өткен жолғыдай; қайта оқылуда…")), texts.toString());
            assertTrue(texts.contains("3"), "the okrugs counted last time: " + texts);
            Files.createDirectories(SCREENSHOTS);
            Ui.screenshot(other, SCREENSHOTS.resolve("home-kept-kk.png"));

            loading.addReport(new UnitsReport(registry));
            Ui.waitUntil("the figures read again", () -> labels(other).stream().noneMatch(t -> t.endsWith("қайта оқылуда…")));
            assertTrue(labels(other).contains("Сіздің аумағыңыз: Алматы облысы"), labels(other).toString());
        });
    }

    /** Another user, or the same user in another language, is not shown what was kept for the first. */
    @Test
    void figuresKeptForOneUserAreNotShownToAnother() throws Exception {
        HomeFigures figures = Ui.waitFor("Home's figures", home::figures);
        Path kept = dir.resolve("cache");
        new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).write(figures,
                java.time.Instant.now());

        assertTrue(new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).read().isPresent());
        assertTrue(new HomeSnapshot(kept, "берік", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).read().isEmpty());
        assertTrue(new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.RUSSIAN).read().isEmpty());
        HomeFigures read = new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).read()
                .orElseThrow().figures();
        assertEquals(figures.units(), read.units(), "the units table, cell for cell and typed as before");
        assertEquals(figures.returns(), read.returns());
        assertEquals(figures.bands(), read.bands());
        assertEquals(figures.bandsChart(), read.bandsChart());
        assertEquals(figures.returnsChart(), read.returnsChart());

        Path file = new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).file();
        Files.writeString(file, "{\"form\": 1, \"at\": \"yesterday\"");
        assertTrue(new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).read().isEmpty(),
                "a damaged file is passed over");
    }

    /** Read as the module starts, before Home is built: given to the Home of that user, scope and language, once. */
    @Test
    void figuresReadAheadGoToTheSameUsersHomeOnce() throws Exception {
        HomeFigures figures = Ui.waitFor("Home's figures", home::figures);
        Path kept = dir.resolve("cache-ahead");
        java.time.Instant at = java.time.Instant.parse("2026-12-01T08:00:00Z");
        HomeSnapshot file = new HomeSnapshot(kept, "айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH);
        file.write(figures, at);
        KeptHomeFigures store = new KeptHomeFigures(kept);

        store.readAhead("айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH);
        Files.delete(file.file()); // from here on only what was read ahead can be there
        assertEquals(at, store.snapshot("айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).read()
                .orElseThrow().at(), "read ahead");
        assertTrue(store.snapshot("айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH).read().isEmpty(),
                "once: a Home built again reads the file");

        file.write(figures, at);
        store.readAhead("айгүл", TestRegions.ALMATY_REGION.code(), Languages.KAZAKH);
        Files.delete(file.file());
        assertTrue(store.snapshot("айгүл", TestRegions.ALMATY_REGION.code(), Languages.RUSSIAN).read().isEmpty(),
                "not in another language");
    }

    private interface ShellCheck {
        void check(Shell shell) throws Exception;
    }

    /** Home over a catalogue of its own, in a window of its own, for the tests that need other reports. */
    private static void onHomeOf(ReportCatalogImpl catalog, TestUser user, int width, int height, ShellCheck check)
            throws Exception {
        onHomeOf(catalog, user, null, width, height, check);
    }

    private static void onHomeOf(ReportCatalog catalog, TestUser user, Path kept, int width, int height,
            ShellCheck check) throws Exception {
        ReportsModel model = new ReportsModel(catalog);
        Shell other = Ui.shell(width, height);
        HomeView view = new HomeView(model, kept);
        try {
            Composite holder = new Composite(other, SWT.NONE);
            other.setLayout(new FillLayout());
            holder.setLayout(new FillLayout());
            view.createContent(holder, new TestViewSite(Ui.display(), user, HomeView.class));
            other.open();
            check.check(other);
        } finally {
            view.dispose();
            other.dispose();
            model.deactivate();
        }
    }

    /** The texts shown: Home's (drawn) and the reports view's (labels). */
    private static List<String> labels(Composite root) {
        return java.util.stream.Stream.concat(Ui.find(root, WrappingText.class).stream().map(WrappingText::getText),
                Ui.find(root, Label.class).stream().map(Label::getText)).toList();
    }

    @Test
    void everyStringInEveryLanguage() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }
}
