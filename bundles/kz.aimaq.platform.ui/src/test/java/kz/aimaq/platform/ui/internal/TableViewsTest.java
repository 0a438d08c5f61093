package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.View;

class TableViewsTest {

    private final FakeAuditLog audit = new FakeAuditLog();
    private final FakeModuleManager manager = new FakeModuleManager();
    private AdminServices services;
    private Shell shell;
    private View view;

    @BeforeEach
    void createServices() {
        services = new AdminServices();
        shell = Ui.shell(1000, 400);
    }

    @AfterEach
    void closeView() {
        if (view != null) {
            view.dispose();
        }
        shell.dispose();
        services.deactivate();
    }

    @Test
    void auditRowsAppearNewestFirstAndFollowAppends() {
        audit.append("module.enable", "readiness@190000000", "disabled", "enabled");
        audit.append("module.disable", "tax@750000000", "enabled", "disabled");
        services.bindAuditLog(audit);
        open(new AuditView(services), Languages.ENGLISH);

        Table table = table();
        Ui.waitUntil("two audit rows", () -> table.getItemCount() == 2);
        assertArrayEquals(new String[] {"aigerim", "module.disable", "done", "tax@750000000", "enabled", "disabled"},
                cells(table.getItem(0), 2, 8), "newest first");
        assertTrue(table.getItem(0).getText(1).contains("2026"), table.getItem(0).getText(1));

        audit.append("module.enable", "tax@790000000", "disabled", "enabled");
        services.handleEvent(new Event(Topics.AUDIT_APPENDED, Map.of("action", "module.enable")));

        Ui.waitUntil("the appended entry on top", () -> table.getItemCount() == 3
                && table.getItem(0).getText(5).equals("tax@790000000"));
    }

    @Test
    void refusalsShowAndFiltersNarrowByUserActionAndUnit() {
        audit.append("registry.unit.update", "351600000", "old", "new");
        audit.refused("module.enable", "example@190000000", "out of scope");
        audit.append("registry.unit.update", "191000000", "old", "new");
        services.bindAuditLog(audit);
        AuditView auditView = new AuditView(services);
        open(auditView, Languages.ENGLISH);
        Table table = table();
        Ui.waitUntil("three rows", () -> table.getItemCount() == 3);
        assertEquals("REFUSED", table.getItem(1).getText(4));

        filter("audit.filter.unit").setText("3516");
        auditView.applyFilters();
        Ui.waitUntil("only the Karaganda unit", () -> table.getItemCount() == 1
                && table.getItem(0).getText(5).equals("351600000"));

        filter("audit.filter.unit").setText("");
        filter("audit.filter.user").setText("dana");
        auditView.applyFilters();
        Ui.waitUntil("only dana's refusal", () -> table.getItemCount() == 1
                && table.getItem(0).getText(3).equals("module.enable"));

        filter("audit.filter.from").setText("1 December");
        auditView.applyFilters();
        String bad = Messages.of(AuditView.class, Languages.ENGLISH).get("audit.filter.badDay", "From (yyyy-mm-dd)",
                "1 December");
        assertTrue(Ui.waitFor("the day is refused by name", () -> label(bad)).getVisible());
    }

    @Test
    void exportWritesEveryMatchingEntryWithKazakhLettersIntact(@TempDir Path folder) throws Exception {
        audit.append("registry.unit.update", "351600000", "Қарағанды", "Қарағанды, \"жаңа\"");
        audit.refused("module.enable", "example@190000000", "out of scope");
        services.bindAuditLog(audit);
        AuditView auditView = new AuditView(services);
        open(auditView, Languages.KAZAKH);
        Ui.waitUntil("two rows", () -> table().getItemCount() == 2);
        filter("audit.filter.action").setText("registry.");
        auditView.applyFilters();
        Path file = folder.resolve("audit.csv");

        auditView.export(file);

        String done = Messages.of(AuditView.class, Languages.KAZAKH).get("audit.exported", 1, file.toString());
        Ui.waitFor("the export is reported", () -> label(done));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("\uFEFF№ [sequence];Уақыты [when];Кім [user];Әрекет [action];Нәтиже [outcome];Нысан [target]"
                + ";Бұрын [before];Кейін [after];Хэш [hash]", lines.get(0));
        assertTrue(lines.get(1).contains(";351600000;Қарағанды;\"Қарағанды, \"\"жаңа\"\"\";"), lines.get(1));
    }

    @Test
    void verifyNamesTheFirstBrokenEntry() {
        audit.check = new AuditCheck(6, 7, "entry 7 was altered: its content no longer matches its hash");
        services.bindAuditLog(audit);
        AuditView auditView = new AuditView(services);
        open(auditView, Languages.RUSSIAN);

        auditView.verify();

        String broken = Messages.of(AuditView.class, Languages.RUSSIAN).get("audit.verify.broken", 7L,
                "entry 7 was altered: its content no longer matches its hash");
        assertTrue(Ui.waitFor("the broken entry is named", () -> label(broken)).getVisible());
    }

    private Text filter(String key) {
        return Ui.find(shell, Text.class).stream().filter(t -> key.equals(t.getData("filter"))).findFirst()
                .orElseThrow();
    }

    @Test
    void disposedViewNoLongerReadsOnEvents() throws InterruptedException {
        services.bindAuditLog(audit);
        open(new AuditView(services), Languages.ENGLISH);
        Ui.waitUntil("the first read", () -> audit.reads.get() == 1);

        view.dispose();
        shell.dispose();
        services.handleEvent(new Event(Topics.AUDIT_APPENDED, Map.of("action", "module.enable")));
        CountDownLatch idle = new CountDownLatch(1);
        services.live().read(idle::countDown);
        assertTrue(idle.await(10, TimeUnit.SECONDS), "the worker runs what was queued before");

        assertEquals(1, audit.reads.get(), "no read after dispose");
        view = null;
    }

    @Test
    void absentAuditLogIsExplainedInRussian() {
        open(new AuditView(services), Languages.RUSSIAN);

        String absent = Messages.of(AuditView.class, Languages.RUSSIAN).get("audit.absent");
        assertTrue(Ui.waitFor("the absence is explained", () -> label(absent)).getVisible());
        assertEquals(0, table().getItemCount());
    }

    @Test
    void bundlesTableListsEveryBundleWithItsModuleAndLocalisedState() {
        manager.bundles.add(new BundleInfo(12, "kz.aimaq.readiness", "0.1.0", "readiness", "RESOLVED",
                "file:bundles/kz.aimaq.readiness.jar"));
        manager.bundles.add(new BundleInfo(3, "kz.aimaq.platform", "0.1.0", "platform", "ACTIVE",
                "file:bundles/kz.aimaq.platform.jar"));
        services.bindModuleManager(manager);
        open(new BundlesView(services), Languages.KAZAKH);

        Table table = table();
        Ui.waitUntil("two bundle rows", () -> table.getItemCount() == 2);
        assertArrayEquals(new String[] {"3", "kz.aimaq.platform", "0.1.0", "platform", "белсенді"},
                cells(table.getItem(0), 0, 5), "sorted by id, state in Kazakh");
        assertEquals("kz.aimaq.readiness", table.getItem(1).getText(1));
    }

    private void open(View created, Locale locale) {
        view = created;
        view.createContent(shell, new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.ASTANA, locale, UserContext.ROLE_NATIONAL_ADMIN), ModulesView.class));
        shell.layout(true, true);
    }

    private Table table() {
        return Ui.find(shell, Table.class).get(0);
    }

    private Label label(String text) {
        return Ui.find(shell, Label.class).stream().filter(l -> l.getText().equals(text)).findFirst().orElse(null);
    }

    private static String[] cells(TableItem item, int from, int to) {
        String[] cells = new String[to - from];
        for (int i = from; i < to; i++) {
            cells[i - from] = item.getText(i);
        }
        return cells;
    }
}
