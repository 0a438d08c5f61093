package kz.aimaq.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.readiness.internal.returns.IndicatorReturns;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.Title;
import kz.aimaq.reporting.internal.ReportCatalogImpl;
import kz.aimaq.reporting.internal.returns.DataReturnsImpl;
import kz.aimaq.testing.TreeRegistry;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;

/**
 * The data returns view in a real SWT window under Xvfb, over the real returns on H2 with the
 * readiness module's data set: a unit's return entered, checked, loaded from a file, submitted,
 * audited; completeness and the completeness map layer follow.
 */
class ReturnsWindowTest {

    /** A monthly return due 10 days after the month, like the tax module's budget execution return. */
    private static final DataSet MONTHLY_BUDGET = new DataSet("okrug.budget-execution", "tax",
            new Title("Округ бюджетінің атқарылуы (айлық)", "Исполнение бюджета округа (ежемесячно)",
                    "Okrug budget execution (monthly)"),
            PeriodType.MONTHLY, 10, DataSet.OKRUG_LEVEL,
            java.util.Set.of("revenue_plan", "revenue_actual", "spending_actual"));


    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AKZHAR = "193233100";
    private static final String READINESS = IndicatorReturns.DATA_SET_ID;

    private final List<AuditEntry> audit = new ArrayList<>();
    private TestDatabase db;
    private Shell shell;
    private ReturnsModel model;
    private ReturnsView view;
    private DataReturnsImpl returns;

    @TempDir
    Path dir;

    private void open(String role) throws Exception {
        db = TestDatabase.h2();
        TestUser user = new TestUser("болат", TestRegions.ALMATY_REGION, Languages.KAZAKH, role);
        TreeRegistry registry = TreeRegistry.sample();
        returns = new DataReturnsImpl(db.database(),
                Migrations.fromClassLoader(DataReturnsImpl.class.getClassLoader(), DataReturnsImpl.MIGRATIONS), user, registry,
                Clock.systemUTC(), List.of(MONTHLY_BUDGET));
        returns.addDataSet(new IndicatorReturns(new ReadinessEngineImpl()));
        returns.setAuditLog(new AuditLog() {
            @Override
            public AuditEntry append(String action, String target, String before, String after) {
                AuditEntry entry = new AuditEntry(java.time.Instant.now(), "болат", action, target, before, after);
                audit.add(entry);
                return entry;
            }

            @Override
            public List<AuditEntry> entries() {
                return audit;
            }
        });
        model = new ReturnsModel(returns, new ReportCatalogImpl(user));
        model.setRegistry(registry);
        shell = Ui.shell(1400, 900);
        shell.setLayout(new FillLayout());
        view = new ReturnsView(model);
        view.createContent(shell, new TestViewSite(Ui.display(), user, HomeView.class));
        shell.open();
        Ui.waitUntil("the data sets", () -> view.dataSetChoice().getItemCount() == 2);
        // the readiness indicators: yearly, so the last finished period is last year
        view.dataSetChoice().select(1);
        view.dataSetChoice().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        String lastYear = Integer.toString(LocalDate.now().getYear() - 1);
        assertEquals(lastYear, view.periodText().getText());
        Ui.waitUntil("the okrugs expected", () -> view.units().getItemCount() == 3
                && view.summary().getText().contains(lastYear));
    }

    @AfterEach
    void close() {
        view.dispose();
        shell.dispose();
        model.deactivate();
        db.close();
    }

    private Map<String, String> goodValues() {
        Map<String, String> values = new java.util.TreeMap<>();
        for (String field : returns.dataSet(READINESS).orElseThrow().fields()) {
            values.put(field, field.contains(".") ? (field.endsWith("s") && !field.contains("connected")
                    && !field.contains("subscribed") && !field.contains("electronic") && !field.contains("geocoded")
                    && !field.contains("with_id") ? "200" : "150") : "55,5");
        }
        return values;
    }

    @Test
    void aUnitsReturnIsCheckedSubmittedAuditedAndCounted() throws Exception {
        open("registry-editor");
        assertTrue(view.summary().getText().contains("0"), view.summary().getText());
        for (TableItem item : view.units().getItems()) {
            assertEquals("Жоқ", item.getText(2), "nothing received yet");
        }
        ChoroplethLayer layer = new CompletenessLayer(model);
        assertEquals(Map.of("190000000", 0xD73027), layer.colours(ChoroplethLayer.Level.REGION));

        view.selectUnit(AKZHAR);
        assertEquals(returns.dataSet(READINESS).orElseThrow().fields().size(), view.fields().size());
        assertTrue(view.submitButton().isEnabled());
        goodValues().forEach((k, v) -> view.fields().get(k).setText(v));
        view.fields().get("A1").setText("көп");
        view.fields().get("B1").setText("");
        view.submit();
        assertEquals("«көп» сан емес", view.fieldErrors().get("A1").getText());
        assertEquals("міндетті", view.fieldErrors().get("B1").getText());
        assertTrue(view.formStatus().getText().contains("2 өріске"), view.formStatus().getText());
        assertTrue(returns.submissions(READINESS, Period.parse(view.periodText().getText()), null).isEmpty());

        // a file with an unknown field loads nothing and says where; a good one fills the form
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "field;value\nA1;70\nZ9;1\n", StandardCharsets.UTF_8);
        view.load(bad);
        assertTrue(view.formStatus().getText().contains("bad.csv, 3-жол, Z9 өрісі"), view.formStatus().getText());
        assertEquals("көп", view.fields().get("A1").getText());
        Path good = dir.resolve("akzhar.csv");
        Files.writeString(good, "field;value\nA1;70,5\nB1;81\n", StandardCharsets.UTF_8);
        view.load(good);
        assertEquals("70,5", view.fields().get("A1").getText());
        assertEquals("", view.fieldErrors().get("A1").getText());

        view.submit();
        Ui.waitUntil("the return is received", () -> view.formStatus().getText().contains("қабылданды"));
        Period period = Period.parse(view.periodText().getText());
        assertEquals("70.5", returns.submissions(READINESS, period, AKZHAR).get(0).values().get("A1"),
                "stored with a decimal point");
        assertEquals("returns.submit", audit.get(audit.size() - 1).action());
        Ui.waitUntil("completeness follows", () -> view.summary().getText().contains("күтілген 3 есептің 1 түсті"));
        TableItem akzhar = java.util.Arrays.stream(view.units().getItems()).filter(i -> i.getData().equals(AKZHAR))
                .findFirst().orElseThrow();
        assertFalse(akzhar.getText(2).equals("Жоқ"), akzhar.getText(2));

        // the map layer: one of three in the region (under 40 %), one of two in Balkhash district (40–70 %)
        assertEquals(Map.of("190000000", 0xD73027), layer.colours(ChoroplethLayer.Level.REGION));
        assertEquals(Map.of("193200000", 0xFEE08B, "194200000", 0xD73027), layer.colours(ChoroplethLayer.Level.DISTRICT));
        assertEquals(4, layer.legend(Languages.KAZAKH).size());
        assertTrue(layer.note(Languages.KAZAKH).contains(period.id() + ": күтілген 3 есептің 1 түсті"),
                layer.note(Languages.KAZAKH));
        Files.createDirectories(SCREENSHOTS);
        Ui.screenshot(shell, SCREENSHOTS.resolve("returns-kk.png"));
    }

    @Test
    void anAnalystSeesTheReturnsButCannotSubmit() throws Exception {
        open("analyst");
        view.selectUnit(AKZHAR);
        assertFalse(view.submitButton().isEnabled());
        assertFalse(view.fields().get("A1").getEditable());
        assertTrue(view.formStatus().getText().contains("болат"), view.formStatus().getText());
    }
}
