package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

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
        assertArrayEquals(new String[] {"aigerim", "module.disable", "tax@750000000", "enabled", "disabled"},
                cells(table.getItem(0), 1, 6), "newest first");
        assertTrue(table.getItem(0).getText(0).contains("2026"), table.getItem(0).getText(0));

        audit.append("module.enable", "tax@790000000", "disabled", "enabled");
        services.handleEvent(new Event(Topics.AUDIT_APPENDED, Map.of("action", "module.enable")));

        Ui.waitUntil("the appended entry on top", () -> table.getItemCount() == 3
                && table.getItem(0).getText(3).equals("tax@790000000"));
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
        services.read(idle::countDown);
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
        view.createContent(shell, new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.ASTANA, locale, UserContext.ROLE_ADMIN), ModulesView.class));
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
