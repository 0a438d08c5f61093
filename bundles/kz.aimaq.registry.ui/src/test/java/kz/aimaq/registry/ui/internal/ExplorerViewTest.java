package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.View;

class ExplorerViewTest {

    private final FakeRegistry registry = new FakeRegistry();
    private RegistryAccess access;
    private Shell shell;
    private TestViewSite site;
    private View view;

    @BeforeEach
    void createServices() {
        access = new RegistryAccess();
        shell = Ui.shell(420, 700);
    }

    @AfterEach
    void closeView() {
        if (view != null) {
            view.dispose();
        }
        shell.dispose();
        access.deactivate();
    }

    @Test
    void treeShowsTheCountryAndReadsChildrenOnlyWhenAUnitIsExpanded() {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);
        Tree tree = Ui.find(shell, Tree.class).get(0);
        Ui.waitUntil("the 20 regions", () -> tree.getItemCount() == 20);
        TreeItem karaganda = tree.getItem(8);
        assertEquals("Қарағанды облысы", karaganda.getText(0));
        assertEquals("350000000", karaganda.getText(1));
        assertEquals(0, registry.childReads("350000000"), "nothing below a region is read before it is expanded");

        expand(tree, karaganda);

        Ui.waitUntil("Karaganda's six children", () -> karaganda.getItemCount() == 6
                && karaganda.getItem(5).getText(0).equals("Абай ауданы"));
        assertEquals(1, registry.childReads("350000000"));
        assertEquals(0, registry.childReads("353200000"), "grandchildren wait for their own expansion");
    }

    @Test
    void typingSearchesOnceTheTypingPausesOffTheUiThreadAndFindsKazakhNamesWithoutKazakhLetters() {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);
        Text box = Ui.find(shell, Text.class).get(0);
        Table results = Ui.find(shell, Table.class).get(0);

        for (String typed : List.of("к", "ка", "кар", "караганды")) {
            box.setText(typed);
        }

        Ui.waitUntil("Karaganda among the results", () -> results.getItemCount() > 0
                && results.getItem(0).getText(1).equals("Қарағанды облысы"));
        assertEquals(List.of("караганды"), registry.queries, "one query after the pause, not one per key");
        assertEquals(List.of("aimaq-registry-views"), registry.queryThreads);
        assertEquals("350000000", results.getItem(0).getText(0));
        assertEquals("Облыс", results.getItem(0).getText(2));
    }

    @Test
    void aUnitFoundByItsFormerCodeIsMarkedAsFormer() {
        access.bindRegistry(registry.objects);
        open(Languages.ENGLISH);
        Text box = Ui.find(shell, Text.class).get(0);
        Table results = Ui.find(shell, Table.class).get(0);

        box.setText("191000000");

        Ui.waitUntil("Taldykorgan found by its former code", () -> results.getItemCount() == 1
                && results.getItem(0).getText(0).equals("331000000"));
        Messages english = Messages.of(ExplorerView.class, Languages.ENGLISH);
        String latin = registry.find("331000000").orElseThrow().nameLatin();
        assertEquals(english.get("search.former", latin, latin, "191000000"), results.getItem(0).getText(1));
    }

    @Test
    void choosingASearchResultOrATreeItemPublishesTheSharedSelection() {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);
        Text box = Ui.find(shell, Text.class).get(0);
        Table results = Ui.find(shell, Table.class).get(0);
        box.setText("қойбас");
        Ui.waitUntil("one result", () -> results.getItemCount() == 1 && !results.getItem(0).getText(0).isEmpty());

        Event chosen = new Event();
        chosen.item = results.getItem(0);
        results.notifyListeners(SWT.Selection, chosen);

        assertEquals(Optional.of(new SelectedUnit("353237200", "Қойбас а.", "с.Койбас")), site.selection());

        Tree tree = Ui.find(shell, Tree.class).get(0);
        Ui.waitUntil("the regions", () -> tree.getItemCount() == 20);
        Event clicked = new Event();
        clicked.item = tree.getItem(17);
        tree.getItem(17).getText();
        tree.notifyListeners(SWT.Selection, clicked);
        assertEquals(Optional.of(new SelectedUnit("710000000", "Астана қ.", "г.Астана")), site.selection());
    }

    @Test
    void aSearchThatFindsNothingWhileAResultIsSelectedLeavesTheResultsWorking() {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);
        Text box = Ui.find(shell, Text.class).get(0);
        Table results = Ui.find(shell, Table.class).get(0);
        box.setText("қойбас");
        Ui.waitUntil("one result", () -> results.getItemCount() == 1 && !results.getItem(0).getText(0).isEmpty());
        click(results, 0);
        Ui.waitUntil("Қойбас chosen", () -> site.selection().map(u -> u.kato().equals("353237200")).orElse(false));
        site.select(new SelectedUnit("710000000", "Астана қ.", "г.Астана"));

        box.setText("жоқ-мұндай-атау");
        Ui.waitUntil("no results", () -> results.getItemCount() == 0 && registry.queries.size() == 2);
        box.setText("қойбас");
        Ui.waitUntil("the result again", () -> results.getItemCount() == 1
                && !results.getItem(0).getText(0).isEmpty());
        click(results, 0);

        Ui.waitUntil("Қойбас chosen again", () -> site.selection().map(u -> u.kato().equals("353237200"))
                .orElse(false));
    }

    /** A real click through the window system, as a user makes it. */
    private void click(Table table, int row) {
        shell.forceActive();
        org.eclipse.swt.graphics.Rectangle bounds = table.getItem(row).getBounds(0);
        org.eclipse.swt.graphics.Point at = table.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        table.getDisplay().post(move);
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.type = type;
            e.button = 1;
            table.getDisplay().post(e);
        }
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            if (!table.getDisplay().readAndDispatch()) {
                Thread.yield();
            }
        }
    }

    @Test
    void searchResultsNameTheParentSoUnitsOfOneNameCanBeToldApart() {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);
        Text box = Ui.find(shell, Text.class).get(0);
        Table results = Ui.find(shell, Table.class).get(0);

        box.setText("қойбас");

        Ui.waitUntil("the result with its parent", () -> results.getItemCount() == 1
                && !results.getItem(0).getText(0).isEmpty());
        assertEquals(4, results.getColumnCount());
        assertEquals(registry.find("353237000").orElseThrow().nameKk(), results.getItem(0).getText(3));
    }

    @Test
    void theTreeShowsANewNameOnceTheUnitsChanged() throws Exception {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);
        Tree tree = Ui.find(shell, Tree.class).get(0);
        Ui.waitUntil("the regions", () -> tree.getItemCount() == 20 && tree.getItem(8).getText(0).equals("Қарағанды облысы"));

        registry.update(new kz.aimaq.registry.api.UnitEdit("350000000", "Қарағанды облысы (жаңа)", "Карагандинская область",
                null));
        access.unitsChanged();

        Ui.waitUntil("the new name in the tree", () -> tree.getItemCount() == 20
                && tree.getItem(8).getText(0).equals("Қарағанды облысы (жаңа)"));
    }

    @Test
    void aRegionalUserStartsWithTheirRegionSelectedAndAnAdministratorWithNothing() {
        access.bindRegistry(registry.objects);
        open(Languages.KAZAKH);

        assertEquals(Optional.of(new SelectedUnit("350000000", "Қарағанды облысы", "Карагандинская область")),
                site.selection(), "the analyst of Karaganda region sees it, not an empty screen");
        Tree tree = Ui.find(shell, Tree.class).get(0);
        Ui.waitUntil("the region selected in the tree", () -> tree.getSelection().length == 1
                && tree.getSelection()[0].getText(0).equals("Қарағанды облысы"));

        view.dispose();
        site = new TestViewSite(Ui.display(), new TestUser("admin", TestRegions.KARAGANDA, Languages.KAZAKH,
                UserContext.ROLE_ADMIN), ExplorerView.class);
        view = new ExplorerView(access);
        view.createContent(new Composite(shell, SWT.NONE), site);
        assertEquals(Optional.empty(), site.selection());
    }

    @Test
    void aUnitSelectedElsewhereIsRevealedInTheTree() {
        access.bindRegistry(registry.objects);
        open(Languages.RUSSIAN);
        Tree tree = Ui.find(shell, Tree.class).get(0);
        Ui.waitUntil("the regions", () -> tree.getItemCount() == 20);

        site.select(new SelectedUnit("353237200", "Қойбас а.", "с.Койбас"));

        Ui.waitUntil("the village selected in the tree", () -> tree.getSelection().length == 1
                && tree.getSelection()[0].getText(0).equals("с.Койбас"));
        TreeItem village = tree.getSelection()[0];
        assertTrue(village.getParentItem().getExpanded(), "its okrug is expanded");
        assertEquals("Дзержинский с.о.", village.getParentItem().getText(0));
        assertEquals("Карагандинская область", village.getParentItem().getParentItem().getParentItem().getText(0));
    }

    @Test
    void absentRegistryIsExplainedInKazakhInsteadOfAnEmptyTree() {
        open(Languages.KAZAKH);
        String absent = Messages.of(ExplorerView.class, Languages.KAZAKH).get("registry.absent");

        Label notice = Ui.waitFor("the explanation", () -> Ui.find(shell, Label.class).stream()
                .filter(l -> l.getText().equals(absent) && l.getVisible()).findFirst().orElse(null));

        assertTrue(notice.getText().contains("тізілім") || notice.getText().contains("Тізілім"), notice.getText());
        assertEquals(0, Ui.find(shell, Tree.class).get(0).getItemCount());

        access.bindRegistry(registry.objects);
        Tree tree = Ui.find(shell, Tree.class).get(0);
        Ui.waitUntil("the regions once the registry comes", () -> tree.getItemCount() == 20);
        assertFalse(notice.getVisible(), "the explanation goes when the registry comes");
    }

    @Test
    void explorerAndDetailsInKazakhLookRight() throws Exception {
        access.bindRegistry(registry.objects);
        shell.setSize(1300, 760);
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new org.eclipse.swt.layout.FillLayout());
        sash.setWeights(35, 65);
        site = new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.KARAGANDA, Languages.KAZAKH, UserContext.ROLE_ANALYST), ExplorerView.class);
        view = new ExplorerView(access);
        view.createContent(left, site);
        View details = new DetailsView(access);
        details.createContent(right, site);
        shell.layout(true, true);
        shell.open();
        Tree tree = Ui.find(left, Tree.class).get(0);
        Ui.waitUntil("the regions", () -> tree.getItemCount() == 20);
        Ui.find(left, Text.class).get(0).setText("абай");
        Table results = Ui.find(left, Table.class).get(0);
        Ui.waitUntil("results", () -> results.getItemCount() > 1 && !results.getItem(0).getText(1).isEmpty());

        site.select(new SelectedUnit("350000000", "Қарағанды облысы", "Карагандинская область"));

        Ui.waitUntil("Karaganda in the details", () -> Ui.find(right, Table.class).get(0).getItemCount() == 2);
        Ui.waitUntil("Karaganda selected in the tree", () -> tree.getSelection().length == 1);
        expand(tree, tree.getSelection()[0]);
        Ui.waitUntil("Karaganda's children", () -> tree.getSelection()[0].getItemCount() == 6);
        TreeItem karaganda = tree.getSelection()[0];
        Ui.waitUntil("every child named", () -> Arrays.stream(karaganda.getItems())
                .allMatch(child -> !child.getText(0).isEmpty() && child.getData() != null));
        Ui.screenshot(shell, Path.of("target/screenshots/registry-explorer-kk.png"));
        details.dispose();
    }

    private void open(Locale locale) {
        site = new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.KARAGANDA, locale, UserContext.ROLE_ANALYST), ExplorerView.class);
        view = new ExplorerView(access);
        view.createContent(shell, site);
        shell.layout(true, true);
        shell.open();
    }

    private static void expand(Tree tree, TreeItem item) {
        Event expand = new Event();
        expand.item = item;
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
    }
}
