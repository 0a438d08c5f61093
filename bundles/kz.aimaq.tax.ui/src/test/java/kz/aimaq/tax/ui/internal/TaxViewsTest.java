package kz.aimaq.tax.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.DueAccount;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.tax.internal.TaxServiceImpl;
import kz.aimaq.testing.RecordingAuditLog;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.View;

/** The tax views on a real SWT display (Xvfb) over the real service and an H2 database of synthetic data. */
class TaxViewsTest {

    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Pattern FULL_ID = Pattern.compile("\\d{12}");
    private static final SelectedUnit OKRUG = new SelectedUnit(AlmatyUnits.OKRUG, "Қызылжар ауылдық округі",
            "Кызылжарский сельский округ");

    @TempDir
    Path folder;
    private TestDatabase db;
    private Shell shell;
    private View view;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2();
        shell = Ui.shell(1400, 980);
    }

    @AfterEach
    void tearDown() {
        if (view != null) {
            view.dispose();
        }
        shell.dispose();
        db.close();
    }

    private TaxService service(UserContext user) throws Exception {
        return TaxServiceImpl.withoutFramework(db.database(), new AlmatyUnits(), user, new RecordingAuditLog(), TODAY);
    }

    private static UserContext officer(Locale locale) {
        return new TestUser("officer", TestRegions.ALMATY_REGION, locale, "tax-officer");
    }

    private TestViewSite open(View v, UserContext user) {
        view = v;
        TestViewSite site = new TestViewSite(shell.getDisplay(), user, DashboardView.class);
        v.createContent(shell, site);
        shell.open();
        shell.layout(true, true);
        return site;
    }

    @Test
    void dashboardShowsPlanActualChartArrearsAndDebtorsInKazakh() throws Exception {
        TaxService tax = service(officer(Languages.KAZAKH));
        tax.generateDemo("190000000", 2026);
        DashboardView dashboard = new DashboardView(tax, null, TODAY);
        TestViewSite site = open(dashboard, officer(Languages.KAZAKH));
        site.select(OKRUG);
        Ui.waitUntil("the okrug's figures", () -> dashboard.shown() != null
                && dashboard.shown().unit().equals(AlmatyUnits.OKRUG));
        List<Table> tables = Ui.find(shell, Table.class);
        Table plan = tables.get(0);
        assertEquals(dashboard.shown().execution().size(), plan.getItemCount());
        assertTrue(plan.getItem(0).getText(0).matches("\\d{6} .*[әғқңөұүһі].*"), "КБК with its Kazakh name: "
                + plan.getItem(0).getText(0));
        // the КБК names are shown whole, and the spare width goes to them, not to the forecast
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(plan);
        int longest = 0;
        for (TableItem item : plan.getItems()) {
            longest = Math.max(longest, gc.textExtent(item.getText(0)).x);
        }
        int forecastText = gc.textExtent(plan.getItem(0).getText(4)).x;
        gc.dispose();
        assertTrue(plan.getColumn(0).getWidth() >= longest, "КБК name column " + plan.getColumn(0).getWidth()
                + " px for a name of " + longest + " px");
        assertTrue(plan.getColumn(4).getWidth() < forecastText + 200, "the forecast column keeps to its contents: "
                + plan.getColumn(4).getWidth() + " px");
        int columns = 0;
        for (org.eclipse.swt.widgets.TableColumn c : plan.getColumns()) {
            columns += c.getWidth();
        }
        assertTrue(columns <= plan.getClientArea().width + 1, "no wider than the table: " + columns);
        Table debtors = tables.get(2);
        assertTrue(debtors.getItemCount() > 0, "synthetic late payers");
        for (TableItem item : debtors.getItems()) {
            assertFalse(FULL_ID.matcher(item.getText(0)).find() && item.getText(0).charAt(4) <= '3',
                    "IINs are masked: " + item.getText(0));
        }
        Label banner = Ui.find(shell, Label.class).get(1);
        assertTrue(banner.isVisible() && banner.getText().contains("СИНТЕТИКАЛЫҚ"), "labelled synthetic");
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-dashboard-kk.png"));
    }

    @Test
    void analystsSeeTotalsButNoTaxpayer() throws Exception {
        TaxService tax = service(officer(Locale.ENGLISH));
        tax.generateDemo("190000000", 2026);
        UserContext analyst = new TestUser("analyst", TestRegions.ALMATY_REGION, Languages.RUSSIAN,
                UserContext.ROLE_ANALYST);
        DashboardView dashboard = new DashboardView(service(analyst), null, TODAY);
        TestViewSite site = open(dashboard, analyst);
        site.select(OKRUG);
        Ui.waitUntil("the okrug's totals", () -> dashboard.shown() != null
                && dashboard.shown().unit().equals(AlmatyUnits.OKRUG));
        assertEquals(null, dashboard.shown().debtors());
        assertFalse(dashboard.shown().byAge().isEmpty(), "aged totals are aggregates");
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().contains("итоги")));
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-dashboard-analyst-ru.png"));
    }

    @Test
    void taxpayerCardShowsObjectsAssessmentsPaymentsAndBalance() throws Exception {
        TaxService tax = service(officer(Languages.KAZAKH));
        tax.generateDemo("190000000", 2026);
        Arrears debtor = tax.arrears(AlmatyUnits.OKRUG, LocalDate.now(TODAY)).get(0);
        TaxpayerCardView card = new TaxpayerCardView(tax, TODAY);
        TestViewSite site = open(card, officer(Languages.KAZAKH));
        site.select(OKRUG);
        Ui.waitUntil("the okrug's taxpayers", () -> !card.listed().isEmpty());
        int index = 0;
        while (!card.listed().get(index).id().equals(debtor.taxpayerId())) {
            index++;
        }
        card.open(index);
        int row = index;
        Ui.waitUntil("the card", () -> card.shown() != null
                && card.shown().taxpayer().id().equals(card.listed().get(row).id()));
        assertFalse(card.shown().assessments().isEmpty());
        for (Table table : Ui.find(shell, Table.class)) {
            for (TableItem item : table.getItems()) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    assertFalse(item.getText(c).contains(debtor.taxpayerId()), "the IIN is never shown in full");
                }
            }
        }
        List<Table> tables = Ui.find(shell, Table.class);
        String computation = TaxUi.wholeText(tables.get(2).getItem(0), 4);
        assertTrue(computation.contains("АЕК") || computation.contains("мүлік базасы") || computation.contains("жер,"),
                "each amount shows its computation, in Kazakh: " + computation);
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().equals(computation)),
                "the first assessment's whole computation is shown below its table");
        Table assessments = tables.get(2);
        int longest = 0;
        for (int i = 1; i < assessments.getItemCount(); i++) {
            if (TaxUi.wholeText(assessments.getItem(i), 4).length()
                    > TaxUi.wholeText(assessments.getItem(longest), 4).length()) {
                longest = i;
            }
        }
        assessments.select(longest);
        assessments.notifyListeners(SWT.Selection, new Event());
        String chosen = TaxUi.wholeText(assessments.getItem(longest), 4);
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().equals(chosen)),
                "the chosen assessment's whole computation, wrapped, however long: " + chosen);
        // in the table, the column ends at its edge, and a computation too long for it ends with "…"
        int columns = 0;
        for (org.eclipse.swt.widgets.TableColumn c : assessments.getColumns()) {
            columns += c.getWidth();
        }
        assertTrue(columns <= assessments.getClientArea().width + 1, "the computation column ends at the table's"
                + " edge (" + columns + " px of " + assessments.getClientArea().width + "), not past it");
        String shown = assessments.getItem(longest).getText(4);
        assertTrue(shown.endsWith("…") && chosen.startsWith(shown.substring(0, shown.length() - 1)),
                "the longest computation shortened with '…': " + shown);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(assessments);
        int textWidth = gc.textExtent(shown).x;
        gc.dispose();
        assertTrue(textWidth <= assessments.getColumn(4).getWidth(), "the shortened text fits its column: "
                + textWidth + " px of " + assessments.getColumn(4).getWidth());
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().contains("өсімпұл")));
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-taxpayer-card-kk.png"));
    }

    @Test
    void importPreviewsRefusesBadFilesAndImportsGoodOnes() throws Exception {
        TaxService tax = service(officer(Languages.RUSSIAN));
        PaymentsImportView importer = new PaymentsImportView(tax, null);
        open(importer, officer(Languages.RUSSIAN));
        Path bad = Files.writeString(folder.resolve("bad.csv"), "date,payer,kbk,knp,amount,document,kato\n"
                + "2026-03-01,880101190004,104402,911,100,P-1," + AlmatyUnits.OKRUG + "\n", StandardCharsets.UTF_8);
        importer.preview(bad);
        Ui.waitUntil("the refusal", () -> importer.message().getText().contains("отклонён"));
        Table table = Ui.find(shell, Table.class).get(0);
        assertEquals("bad.csv:2:payer", table.getItem(0).getText(0));
        Path good = Files.writeString(folder.resolve("good.csv"), "date,payer,kbk,knp,amount,document,kato\n"
                + "2026-03-01,880101190003,104402,911,11796,P-1," + AlmatyUnits.OKRUG + "\n"
                + "2026-03-02,860715190008,104102,911,750,P-2," + AlmatyUnits.OKRUG + "\n", StandardCharsets.UTF_8);
        importer.preview(good);
        Ui.waitUntil("the preview", () -> importer.preview() != null);
        assertEquals(2, importer.preview().payments().size());
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-import-preview-ru.png"));
        Ui.find(shell, org.eclipse.swt.widgets.Button.class).get(1).notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event());
        Ui.waitUntil("the import", () -> importer.message().getText().startsWith("Импортировано"));
        assertEquals(2, tax.payments(AlmatyUnits.OKRUG, "880101190003").size()
                + tax.payments(AlmatyUnits.OKRUG, "860715190008").size());
    }

    @Test
    void arrearsListExportsMaskedCsv() throws Exception {
        TaxService tax = service(officer(Locale.ENGLISH));
        tax.generateDemo("190000000", 2026);
        ArrearsView arrears = new ArrearsView(tax, TODAY);
        TestViewSite site = open(arrears, officer(Languages.KAZAKH));
        site.select(OKRUG);
        Ui.waitUntil("the arrears", () -> arrears.shown() != null);
        String banner = kz.aimaq.platform.api.l10n.Messages.of(ArrearsView.class, Languages.KAZAKH).get("synthetic.banner");
        Ui.waitUntil("the list says its data is synthetic", () -> Ui.find(shell, Label.class).stream()
                .anyMatch(l -> l.getText().contains(banner)));
        Path csv = folder.resolve("arrears.csv");
        arrears.export(csv);
        Ui.waitUntil("the export", () -> Files.exists(csv) && Ui.find(shell, Label.class).stream()
                .anyMatch(l -> l.getText().contains("ЖСН жасырылған") && l.getText().contains(banner)));
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        // The header's words come from the engine bundle's strings, which a flat test class path shadows
        // with this bundle's; the engine's own test checks them.
        assertTrue(written.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read Kazakh letters");
        assertEquals(arrears.shown().size() + 1, written.lines().count());
        assertTrue(written.lines().skip(1).noneMatch(l -> l.endsWith(";")), "every demo row is marked: " + written);
        for (Arrears a : arrears.shown()) {
            if (a.taxpayerId().charAt(4) <= '3') {
                assertFalse(written.contains(a.taxpayerId()));
            }
        }
        // in the list as in the file: an organisation's BIN whole, a person's IIN masked
        List<String> listed = java.util.Arrays.stream(Ui.find(shell, Table.class).get(0).getItems())
                .map(i -> i.getText(0)).toList();
        assertTrue(arrears.shown().stream().anyMatch(a -> a.taxpayerId().charAt(4) >= '4'), "the demo has organisations");
        for (int i = 0; i < listed.size(); i++) {
            String id = arrears.shown().get(i).taxpayerId();
            assertEquals(id.charAt(4) >= '4' ? id : "********" + id.substring(8), listed.get(i));
        }
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-arrears-kk.png"));
    }

    @Test
    void referenceTablesFlagUnverifiedRowsInKazakh() throws Exception {
        TaxService tax = service(officer(Languages.KAZAKH));
        ReferenceView reference = new ReferenceView(tax);
        open(reference, officer(Languages.KAZAKH));
        Table rows = Ui.find(shell, Table.class).get(0);
        assertEquals(tax.referenceTable("mci").size(), rows.getItemCount(), "the MCI by year");
        reference.show("land_rates");
        long unverified = tax.referenceTable("land_rates").stream().filter(r -> r.confidence().unverified()).count();
        assertTrue(unverified > 0, "TAX.md marks house-plot rates [L]");
        long flagged = java.util.Arrays.stream(rows.getItems()).filter(i -> i.getText(3).contains("тексерілмеген")
                && (i.getText(3).startsWith("[M]") || i.getText(3).startsWith("[L]"))).count();
        assertEquals(unverified, flagged, "every [M]/[L] row is flagged, no other");
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().contains("тексерілмеген: " + unverified)));
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-reference-kk.png"));
        reference.show("property_owner_total");
        assertEquals(1, rows.getItemCount(), "the 2026 Code's rule on an owner's total value");
        assertTrue(rows.getItem(0).getText(3).startsWith("[M]") && rows.getItem(0).getText(3).contains("тексерілмеген"),
                "the reading of the 450 M rule is flagged unverified: " + rows.getItem(0).getText(3));
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-reference-owner-total-kk.png"));
    }

    @Test
    void theCalendarShowsDueDatesAndWhoIsDueOrLateInKazakh() throws Exception {
        RecordingAuditLog audit = new RecordingAuditLog();
        TaxService tax = TaxServiceImpl.withoutFramework(db.database(), new AlmatyUnits(), officer(Languages.KAZAKH), audit,
                TODAY);
        tax.generateDemo("190000000", 2026);
        CalendarView calendar = new CalendarView(tax, TODAY);
        TestViewSite site = open(calendar, officer(Languages.KAZAKH));
        site.select(OKRUG);
        Ui.waitUntil("the okrug's calendar", () -> AlmatyUnits.OKRUG.equals(calendar.shownUnit()));
        CalendarView.Due vehicles2025 = calendar.shown().stream()
                .filter(d -> d.kbk().equals("104402") && d.taxYear() == 2025).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 4, 1), vehicles2025.date(), "1 April of the next year (TAX.md b)");
        List<DueAccount> owing = tax.dueAccounts(AlmatyUnits.OKRUG, LocalDate.now(TODAY)).stream()
                .filter(a -> a.kbk().equals("104402") && a.dueDate().equals(LocalDate.of(2026, 4, 1))).toList();
        assertFalse(owing.isEmpty(), "synthetic late payers");
        Table rows = Ui.find(shell, Table.class).get(0);
        TableItem row = java.util.Arrays.stream(rows.getItems())
                .filter(i -> i.getText(0).startsWith("104402") && i.getText(1).equals("2025")).findFirst().orElseThrow();
        assertEquals("мерзімі 249 күн бұрын өтті", row.getText(3));
        assertEquals(Integer.toString(owing.size()), row.getText(4));
        assertTrue(java.util.Arrays.stream(rows.getItems()).anyMatch(i -> i.getText(3).startsWith("мерзіміне")),
                "this year's taxes fall due next year");
        calendar.choose("104402", LocalDate.of(2026, 4, 1));
        assertEquals(owing, calendar.shownWho(), "who is late on 1 April 2026, largest first");
        Table who = Ui.find(shell, Table.class).get(1);
        assertEquals(owing.size(), who.getItemCount());
        for (TableItem item : who.getItems()) {
            assertTrue(item.getText(0).startsWith("********"), "IIN masked: " + item.getText(0));
            // the demo's names are in the language of whoever generated it, and say they are synthetic
            assertTrue(item.getText(1).matches("Синтетикалық (салық төлеуші|заңды тұлға) \\d{4}"), item.getText(1));
        }
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("tax.view-due")), "the read is audited");
        String synthetic = Messages.load(CalendarView.class.getClassLoader(), Languages.KAZAKH).get("synthetic.banner");
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().endsWith(synthetic)),
                "demo data is labelled synthetic in the calendar too");
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-calendar-kk.png"));
        // this year's vehicle tax, not yet due: who is due
        calendar.choose("104402", LocalDate.of(2027, 4, 1));
        assertFalse(calendar.shownWho().isEmpty(), "the 2026 vehicle tax is due on 1 April 2027");
        assertTrue(calendar.shownWho().stream().allMatch(a -> !a.lateOn(LocalDate.now(TODAY)) && a.penaltyTiyn() == 0));
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-calendar-due-kk.png"));
    }

    @Test
    void analystsSeeTheCalendarsCountsAndSumsButNoTaxpayer() throws Exception {
        service(officer(Locale.ENGLISH)).generateDemo("190000000", 2026);
        UserContext analyst = new TestUser("analyst", TestRegions.ALMATY_REGION, Languages.RUSSIAN,
                UserContext.ROLE_ANALYST);
        CalendarView calendar = new CalendarView(service(analyst), TODAY);
        TestViewSite site = open(calendar, analyst);
        site.select(OKRUG);
        Ui.waitUntil("the okrug's calendar", () -> AlmatyUnits.OKRUG.equals(calendar.shownUnit()));
        assertTrue(calendar.shown().stream().anyMatch(d -> d.accounts() > 0 && d.unpaidTiyn() > 0), "counts and sums");
        assertTrue(calendar.shownWho().isEmpty(), "no taxpayer");
        assertFalse(Ui.find(shell, Table.class).get(1).isVisible());
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().contains("налоговые инспекторы")));
        Ui.screenshot(shell, SCREENSHOTS.resolve("tax-calendar-analyst-ru.png"));
    }
}
