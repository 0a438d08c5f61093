package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.widgets.MessageLabels;

class ModulesViewTest {

    private static final String ALMATY_CITY = "750000000";

    private final FakeModuleManager manager = new FakeModuleManager()
            .add("readiness", "Readiness", ModuleKind.OPTIONAL, TestRegions.ALMATY_REGION.code())
            .add("tax", "Tax", ModuleKind.OPTIONAL)
            .add("registry", "Registry", ModuleKind.CORE, TestRegions.ALMATY_REGION.code());
    private AdminServices services;
    private ModulesView view;
    private Shell shell;

    @BeforeEach
    void openView() {
        services = new AdminServices();
        services.bindRegions(new TestRegions());
        view = new ModulesView(services);
        shell = Ui.shell(1270, 520);
    }

    @AfterEach
    void closeView() {
        view.dispose();
        shell.dispose();
        services.deactivate();
    }

    @Test
    void matrixChecksEnabledRegionsLocksCoreModulesAndHighlightsTheUsersRegion() {
        services.bindModuleManager(manager);
        show(Languages.ENGLISH);

        Button enabled = box("readiness", TestRegions.ALMATY_REGION.code());
        assertTrue(enabled.getSelection(), "readiness is enabled in Almaty Region");
        assertTrue(enabled.getEnabled(), "an optional module can be changed");
        assertFalse(box("readiness", ALMATY_CITY).getSelection(), "readiness is not enabled in Almaty city");
        Button core = box("registry", ALMATY_CITY);
        assertTrue(core.getSelection(), "a core module is on everywhere");
        assertFalse(core.getEnabled(), "a core module cannot be switched off");
        assertEquals(ModulesMatrix.OWN_REGION, box("tax", TestRegions.ASTANA.code()).getParent().getBackground(),
                "the user's region (Astana) is highlighted");
        assertNotEquals(ModulesMatrix.OWN_REGION, box("tax", ALMATY_CITY).getParent().getBackground());
        assertEquals(20, Ui.find(shell, Button.class).stream()
                .filter(b -> "tax".equals(b.getData(ModulesMatrix.MODULE))).count(), "one row per region");
    }

    @Test
    void tickingABoxAsksTheManagerToEnableTheModuleInThatRegion() {
        services.bindModuleManager(manager);
        show(Languages.ENGLISH);

        click(box("tax", ALMATY_CITY));

        Ui.waitUntil("the manager is asked", () -> manager.calls.contains("tax@" + ALMATY_CITY + "=true"));
        Ui.waitUntil("the matrix shows the new state", () -> box("tax", ALMATY_CITY).getSelection()
                && box("tax", ALMATY_CITY).getEnabled());
        String done = Messages.of(ModulesView.class, Languages.ENGLISH).get("modules.enabled", "tax", "Almaty");
        Ui.waitFor("the outcome is shown", () -> label(done));
    }

    /** The grid is rebuilt after each tick: low in the list it must stay where the administrator scrolled to. */
    @Test
    void aTickLowInTheListKeepsTheGridWhereItWasScrolled() {
        services.bindModuleManager(manager);
        show(Languages.ENGLISH);
        shell.open();
        ScrolledComposite scroller = Ui.find(shell, ScrolledComposite.class).get(0);
        Ui.waitUntil("the grid is taller than its view", () -> scroller.getMinHeight() > scroller.getClientArea().height);
        scroller.setOrigin(0, scroller.getMinHeight());
        org.eclipse.swt.graphics.Point scrolled = scroller.getOrigin();
        assertTrue(scrolled.y > 0, "scrolled down: " + scrolled);

        Button shymkent = box("tax", "790000000");
        int underThePointer = shymkent.toDisplay(0, 0).y;
        shymkent.setFocus(); // as the pointer's click gives it
        click(shymkent);

        Ui.waitUntil("the grid is rebuilt with the new state", () -> box("tax", "790000000").getSelection()
                && box("tax", "790000000").getEnabled());
        String done = Messages.of(ModulesView.class, Languages.ENGLISH).get("modules.enabled", "tax", "Shymkent");
        Ui.waitFor("the outcome is shown above the grid", () -> label(done));
        Ui.waitUntil("pending events are handled", () -> !Ui.display().readAndDispatch());
        assertTrue(scroller.getOrigin().y >= scrolled.y, "not back at the top: " + scroller.getOrigin());
        Button again = box("tax", "790000000");
        Rectangle onScroller = Ui.display().map(again.getParent(), scroller, again.getBounds());
        assertTrue(scroller.getClientArea().contains(onScroller.x, onScroller.y + onScroller.height - 1),
                "the ticked box is still in view: " + onScroller + " in " + scroller.getClientArea());
        assertEquals(again, Ui.display().getFocusControl(), "the keyboard stays on the same box");
        assertEquals(underThePointer, again.toDisplay(0, 0).y, "the ticked box stays under the pointer, though the"
                + " outcome now shows above the grid");
    }

    @Test
    void refusalOfTheManagerIsShownInTheView() {
        services.bindModuleManager(manager);
        manager.refuseWith("conf/region-policy.json is broken: line 4, field \"readiness\": unknown region 990000000");
        show(Languages.RUSSIAN);

        click(box("readiness", TestRegions.ALMATY_REGION.code()));

        Label refusal = Ui.waitFor("the refusal is shown",
                () -> labelContaining("line 4, field \"readiness\": unknown region 990000000"));
        assertTrue(refusal.getText().startsWith("Изменение модуля readiness отклонено"), refusal.getText());
        assertEquals(MessageLabels.ERROR, refusal.getForeground());
        Ui.waitUntil("the box shows the manager's state again", () -> {
            Button box = box("readiness", TestRegions.ALMATY_REGION.code());
            return box.getSelection() && box.getEnabled();
        });
    }

    @Test
    void problemsAreListedAboveTheMatrixInKazakh() throws Exception {
        manager.problems.add(new Problem(Instant.parse("2026-11-23T09:15:00Z"), "deploy/vendor-report.jar",
                "not an OSGi bundle: META-INF/MANIFEST.MF has no Bundle-SymbolicName"));
        manager.problems.add(new Problem(Instant.parse("2026-11-23T09:16:00Z"), "deploy/com.example.tax.jar",
                "cannot resolve: missing package kz.aimaq.tax.api;version=[2.0,3)"));
        services.bindModuleManager(manager);
        show(Languages.KAZAKH);
        shell.open();

        Label broken = Ui.waitFor("the problem is listed", () -> Ui.find(shell, Label.class).stream()
                .filter(l -> "deploy/vendor-report.jar".equals(l.getData(ProblemsBox.SOURCE))).findFirst().orElse(null));
        assertEquals("deploy/vendor-report.jar: not an OSGi bundle: META-INF/MANIFEST.MF has no Bundle-SymbolicName",
                broken.getText());
        assertTrue(broken.isVisible());
        assertTrue(labelContaining("Түзетуді қажет ететін ақаулар (2)") != null, "the heading counts the problems");
        Control matrixCell = box("readiness", TestRegions.ASTANA.code());
        assertTrue(broken.toDisplay(0, 0).y < matrixCell.toDisplay(0, 0).y, "problems come before the matrix");

        manager.refuseWith("only an admin may change the region policy");
        click(box("tax", ALMATY_CITY));
        Ui.waitFor("the refusal is shown", () -> labelContaining("only an admin may change"));
        Path png = Path.of("target/screenshots/admin-modules-kk.png");
        Ui.screenshot(shell, png);
        ImageData image = new ImageData(png.toString());
        assertEquals(shell.getClientArea().width, image.width);
        assertTrue(Files.size(png) > 10_000, "the screenshot has content");
    }

    @Test
    void regionRowsShowCodeAndFullNameAndEveryModuleFitsAcrossTheWindow() {
        // the modules of a full installation, so that the columns are as many as an administrator sees
        manager.add("platform", "Platform", ModuleKind.CORE)
                .add("workbench", "Workbench", ModuleKind.CORE)
                .add("storage", "Storage", ModuleKind.CORE)
                .add("reporting", "Reporting", ModuleKind.OPTIONAL);
        services.bindModuleManager(manager);
        show(Languages.KAZAKH);
        shell.open();

        Label karaganda = Ui.waitFor("the row of Karaganda region", () -> label("35 Қарағанды облысы"));
        Ui.waitFor("the matrix is laid out", () -> karaganda.getSize().x > 0 ? karaganda : null);
        assertTrue(karaganda.getSize().x >= karaganda.computeSize(SWT.DEFAULT, SWT.DEFAULT).x,
                "the row label has room for its text: " + karaganda.getSize());
        for (Region region : new TestRegions().all()) {
            assertTrue(label(region.prefix() + " " + region.nameKk()) != null, "a row for " + region.nameKk());
        }

        ScrolledComposite scroller = Ui.find(shell, ScrolledComposite.class).get(0);
        Rectangle visible = scroller.getClientArea();
        assertTrue(scroller.getMinWidth() <= visible.width,
                "no horizontal scrolling: the grid is " + scroller.getMinWidth() + " wide in " + visible);
        scroller.setOrigin(0, scroller.getMinHeight());
        Label shymkent = label("79 Шымкент қ.");
        Button lastBox = box("reporting", "790000000");
        for (Control lastRow : List.of(shymkent, lastBox)) {
            Rectangle onScroller = Ui.display().map(lastRow.getParent(), scroller, lastRow.getBounds());
            assertTrue(visible.contains(onScroller.x, onScroller.y)
                    && visible.contains(onScroller.x + onScroller.width - 1, onScroller.y + onScroller.height - 1),
                    "scrolled down, the last row is in view: " + lastRow + " at " + onScroller + " in " + visible);
        }
        // scrolled down, each module's title is still above its column
        for (Button box : Ui.find(shell, Button.class).stream().filter(b -> "790000000".equals(b.getData(ModulesMatrix.REGION)))
                .toList()) {
            String module = (String) box.getData(ModulesMatrix.MODULE);
            Label title = labelContaining("(" + module + ")");
            Rectangle titleOnShell = Ui.display().map(title.getParent(), shell, title.getBounds());
            Rectangle boxOnShell = Ui.display().map(box.getParent(), shell, box.getBounds());
            Rectangle scrollerOnShell = Ui.display().map(scroller.getParent(), shell, scroller.getBounds());
            assertTrue(titleOnShell.y >= 0 && titleOnShell.y + titleOnShell.height <= scrollerOnShell.y,
                    module + "'s title is in view above the rows: " + titleOnShell + ", rows from " + scrollerOnShell.y);
            int titleCentre = titleOnShell.x + titleOnShell.width / 2;
            int boxCentre = boxOnShell.x + boxOnShell.width / 2;
            assertTrue(Math.abs(titleCentre - boxCentre) <= 3,
                    module + "'s title at " + titleOnShell + " is over its column at " + boxOnShell);
        }
    }

    @Test
    void absentManagerIsExplainedAndTheMatrixAppearsWhenItStarts() {
        show(Languages.KAZAKH);
        String absent = Messages.of(ModulesView.class, Languages.KAZAKH).get("manager.absent");
        assertTrue(Ui.waitFor("the absence is explained", () -> label(absent)).getVisible());
        assertTrue(buttons().isEmpty(), "no matrix without a manager");

        services.bindModuleManager(manager);

        Ui.waitUntil("the matrix appears", () -> !buttons().isEmpty());
        Ui.waitUntil("the absence notice goes", () -> label(absent) == null || !label(absent).getVisible());
        services.unbindModuleManager(manager);
        Ui.waitUntil("the matrix goes with the manager", () -> buttons().isEmpty());
    }

    @Test
    void aRegionalAdminChangesOnlyTheirOwnRegion() {
        services.bindModuleManager(manager);
        show(Languages.ENGLISH, new TestUser("gulnar", TestRegions.ALMATY_REGION, Languages.ENGLISH,
                UserContext.ROLE_REGIONAL_ADMIN));

        assertTrue(box("tax", TestRegions.ALMATY_REGION.code()).getEnabled(), "their own region");
        assertFalse(box("tax", ALMATY_CITY).getEnabled(), "another region is shown but cannot be changed");
        assertFalse(box("readiness", TestRegions.ASTANA.code()).getEnabled());
    }

    private void show(Locale locale) {
        show(locale, new TestUser("aigerim", TestRegions.ASTANA, locale, UserContext.ROLE_NATIONAL_ADMIN));
    }

    private void show(Locale locale, TestUser user) {
        view.createContent(shell, new TestViewSite(Ui.display(), user, ModulesView.class));
        shell.layout(true, true);
        Ui.waitUntil("the view has read its data", () -> !buttons().isEmpty()
                || Ui.find(shell, Label.class).stream().anyMatch(l -> l.getVisible() && l.getForeground()
                        .equals(MessageLabels.ERROR)));
    }

    private List<Button> buttons() {
        return Ui.find(shell, Button.class);
    }

    private Button box(String module, String region) {
        return Ui.waitFor("a box for " + module + "@" + region, () -> buttons().stream()
                .filter(b -> module.equals(b.getData(ModulesMatrix.MODULE)) && region.equals(b.getData(ModulesMatrix.REGION)))
                .findFirst().orElse(null));
    }

    private Label label(String text) {
        return Ui.find(shell, Label.class).stream().filter(l -> l.getText().equals(text)).findFirst().orElse(null);
    }

    private Label labelContaining(String text) {
        return Ui.find(shell, Label.class).stream().filter(l -> l.getText().contains(text)).findFirst().orElse(null);
    }

    private static void click(Button box) {
        box.setSelection(!box.getSelection());
        box.notifyListeners(SWT.Selection, new Event());
    }
}
