package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.TreeRegistry;
import kz.aimaq.testing.Ui;

class RankingViewTest {

    private final TreeRegistry registry = SampleRegistry.create();
    private ReadinessModel model;
    private Shell shell;
    private RankingView view;
    private TestViewSite site;

    @BeforeEach
    void createModel() {
        model = new ReadinessModel(new ReadinessEngineImpl());
        model.showDemo(true);
        model.bindRegions(new TestRegions());
        shell = Ui.shell(1300, 520);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.dispose();
        }
        shell.dispose();
        model.deactivate();
    }

    @Test
    void rankingShowsOkrugsByRankAndResortsOnHeaderClick() throws Exception {
        model.bindRegistry(registry);
        Table table = open(Languages.KAZAKH);
        Ui.waitUntil("the eleven okrugs", () -> table.getItemCount() == 11);

        List<Integer> ranks = column(table, Column.RANK).stream()
                .map(r -> r.equals("—") ? Integer.MAX_VALUE : Integer.parseInt(r)).toList();
        assertEquals(ranks.stream().sorted().toList(), ranks, "sorted by rank");
        assertEquals(1, ranks.get(0));
        ReadinessResults results = model.results().orElseThrow();
        String best = table.getItem(0).getText(Column.CODE.ordinal());
        assertEquals(1, results.okrugs.unit(best).total().rank(), "the first row is the engine's rank 1");
        assertEquals("Ақши ауылдық округі", results.row(SampleRegistry.OKRUG).orElseThrow().name(Languages.KAZAKH));
        Ui.screenshot(shell, Path.of("target/screenshots/readiness-ranking-kk.png"));
        // every header as wide as the same header alone needs (an empty table's column packed to it)
        Table alone = new Table(shell, SWT.NONE);
        alone.setHeaderVisible(true);
        try {
            for (org.eclipse.swt.widgets.TableColumn header : table.getColumns()) {
                org.eclipse.swt.widgets.TableColumn fitted = new org.eclipse.swt.widgets.TableColumn(alone, SWT.NONE);
                fitted.setText(header.getText());
                fitted.pack();
                assertTrue(header.getWidth() >= fitted.getWidth(), "the header '" + header.getText() + "' is cut: "
                        + header.getWidth() + " px of the " + fitted.getWidth() + " it needs");
            }
        } finally {
            alone.dispose();
        }

        click(table, Column.NAME);
        List<String> names = column(table, Column.NAME);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Collator.getInstance(Languages.KAZAKH));
        assertEquals(sorted, names, "by name after a click on its header");
        assertEquals(SWT.UP, table.getSortDirection());

        click(table, Column.NAME);
        Collections.reverse(sorted);
        assertEquals(sorted, column(table, Column.NAME), "reversed by a second click");
        assertEquals(SWT.DOWN, table.getSortDirection());
    }

    @Test
    void withoutReturnsTheDemonstrationIsShownOnlyOnceTheUserTicksIt() throws Exception {
        model.showDemo(false);
        model.bindRegistry(registry);
        Table table = open(Languages.KAZAKH);
        Messages kazakh = Messages.of(RankingView.class, Languages.KAZAKH);
        String noReturns = kazakh.get("status.noReturns", ReadinessResults.PERIOD);
        Ui.waitUntil("says no okrug has submitted", () -> Ui.find(shell, Label.class).stream()
                .anyMatch(l -> l.getVisible() && l.getText().equals(noReturns)));
        assertEquals(0, table.getItemCount(), "no made-up figures unless the user asks for them");
        Ui.screenshot(shell, Path.of("target/screenshots/readiness-no-returns-kk.png"));

        org.eclipse.swt.widgets.Button demo = Ui.find(shell, org.eclipse.swt.widgets.Button.class).stream()
                .filter(b -> b.getData(RankingView.DEMO) != null).findFirst().orElseThrow();
        assertEquals(kazakh.get("ranking.demo"), demo.getText());
        demo.setSelection(true);
        demo.notifyListeners(SWT.Selection, new Event());

        Ui.waitUntil("the demonstration scored", () -> table.getItemCount() == 11);
        String banner = kazakh.get("synthetic.banner");
        assertTrue(Ui.find(shell, Label.class).stream().anyMatch(l -> l.getVisible() && l.getText().equals(banner)),
                "and labelled synthetic");
    }

    @Test
    void regionFilterNarrowsTheRankingToOneRegion() {
        model.bindRegistry(registry);
        Table table = open(Languages.RUSSIAN);
        Ui.waitUntil("the eleven okrugs", () -> table.getItemCount() == 11);
        List<Combo> combos = Ui.find(shell, Combo.class);
        Combo region = combos.get(0);
        assertEquals(21, region.getItemCount(), "all regions and the 20 of KATO");

        region.select(List.of(region.getItems()).indexOf("Восточно-Казахстанская область"));
        region.notifyListeners(SWT.Selection, new Event());

        assertEquals(4, table.getItemCount());
        assertTrue(column(table, Column.CODE).stream().allMatch(c -> c.startsWith("63")), column(table, Column.CODE).toString());
        assertTrue(column(table, Column.REGION).stream().allMatch(r -> r.equals("Восточно-Казахстанская область")));

        Combo level = combos.get(1);
        level.select(1 + RankLevel.DISTRICT.ordinal());
        level.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("634000000"), column(table, Column.CODE), "the region's only scored district");
    }

    @Test
    void aRegionRenamedInTheRegistryShowsItsNewNameInTheFilterAndTheTable() {
        model.bindRegistry(registry);
        Table table = open(Languages.RUSSIAN);
        Ui.waitUntil("the eleven okrugs", () -> table.getItemCount() == 11);
        Combo region = Ui.find(shell, Combo.class).get(0);
        region.select(List.of(region.getItems()).indexOf("Восточно-Казахстанская область"));
        region.notifyListeners(SWT.Selection, new Event());

        registry.rename("630000000", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область (переименована)");
        new RegistryChanges(model).handleEvent(new org.osgi.service.event.Event(RegistryService.TOPIC_CHANGED,
                java.util.Map.of()));

        Ui.waitUntil("the filter lists the new name",
                () -> List.of(region.getItems()).contains("Восточно-Казахстанская область (переименована)"));
        assertFalse(List.of(region.getItems()).contains("Восточно-Казахстанская область"), "the old name is gone");
        assertEquals("Восточно-Казахстанская область (переименована)", region.getText(), "the choice is kept");
        assertTrue(column(table, Column.REGION).stream()
                .allMatch(r -> r.equals("Восточно-Казахстанская область (переименована)")), column(table, Column.REGION).toString());
    }

    @Test
    void aRegionalUserSeesTheirOwnRegionFirst() {
        model.bindRegistry(registry);
        Table table = open(Languages.RUSSIAN, UserContext.ROLE_ANALYST);
        Combo region = Ui.find(shell, Combo.class).get(0);

        Ui.waitUntil("the region's okrugs", () -> table.getItemCount() > 0 && region.getItemCount() == 21);

        assertEquals("Алматинская область", region.getText());
        assertTrue(column(table, Column.CODE).stream().allMatch(c -> c.startsWith("19")), column(table, Column.CODE).toString());
        assertTrue(table.getItemCount() < 11, "not every region's okrugs");
    }

    /**
     * In a 1024×680 window the ranking gets about 70 % of the width beside the scorecard: the
     * buttons and the columns a user reads first (rank, name, score, band) must show whole.
     */
    @Test
    void atTheSmallestWindowTheButtonsAndTheScoreShowWhole() throws Exception {
        model.bindRegistry(registry);
        for (Locale locale : Languages.SUPPORTED) {
            shell.setSize(700, 460);
            Table table = open(locale);
            Ui.waitUntil("scores", () -> table.getItemCount() > 0);
            shell.layout(true, true);
            Ui.screenshot(shell, Path.of("target/screenshots/readiness-ranking-700-" + locale.getLanguage() + ".png"));
            int visible = table.getClientArea().width;
            int[] order = table.getColumnOrder();
            int x = 0;
            for (int index : order) {
                Column c = Column.values()[index];
                int right = x + table.getColumn(index).getWidth();
                if (List.of(Column.RANK, Column.NAME, Column.SCORE, Column.BAND).contains(c)) {
                    assertTrue(right <= visible, locale + ": " + c + " ends at " + right + " of " + visible);
                }
                x = right;
            }
            for (org.eclipse.swt.widgets.Button button : Ui.find(shell, org.eclipse.swt.widgets.Button.class)) {
                org.eclipse.swt.graphics.Point wanted = button.computeSize(SWT.DEFAULT, SWT.DEFAULT);
                assertTrue(button.getSize().x >= wanted.x && button.getBounds().x + button.getSize().x
                        <= button.getParent().getClientArea().width, locale + ": " + button.getText() + " cut off");
            }
            view.dispose();
            for (org.eclipse.swt.widgets.Control child : shell.getChildren()) {
                child.dispose();
            }
            view = null;
        }
    }

    @Test
    void syntheticDataShowsABanner() {
        model.bindRegistry(registry);
        Table table = open(Languages.KAZAKH);
        Ui.waitUntil("scores", () -> table.getItemCount() > 0);

        String text = Messages.of(RankingView.class, Languages.KAZAKH).get("synthetic.banner");
        Label banner = Ui.find(shell, Label.class).stream().filter(l -> l.getText().equals(text)).findFirst().orElseThrow();
        assertTrue(banner.getVisible(), "the banner is shown");
        assertTrue(text.contains("Синтетикалық"), text);
        assertTrue(model.results().orElseThrow().synthetic);
    }

    @Test
    void withoutTheRegistryTheRankingSaysWhatIsMissing() {
        Table table = open(Languages.ENGLISH);
        String text = Messages.of(RankingView.class, Languages.ENGLISH).get("status.noRegistry");
        Label message = Ui.waitFor("the explanation", () -> Ui.find(shell, Label.class).stream()
                .filter(l -> l.getText().equals(text) && l.getVisible()).findFirst().orElse(null));
        assertTrue(message.getText().contains("registry"));
        assertEquals(0, table.getItemCount());

        model.bindRegistry(registry);
        Ui.waitUntil("scores once the registry comes", () -> table.getItemCount() == 11);
        assertFalse(message.getVisible());
    }

    @Test
    void selectingARowPublishesTheSharedSelection() {
        model.bindRegistry(registry);
        Table table = open(Languages.KAZAKH);
        Ui.waitUntil("scores", () -> table.getItemCount() == 11);

        table.setSelection(2);
        table.notifyListeners(SWT.Selection, new Event());

        String code = table.getItem(2).getText(Column.CODE.ordinal());
        assertEquals(code, site.selection().orElseThrow().kato());
        assertEquals(registry.find(code).orElseThrow().nameKk(), site.selection().orElseThrow().nameKk());
    }

    /** Opens the ranking as an administrator, who sees every region first. */
    private Table open(Locale locale) {
        return open(locale, UserContext.ROLE_ADMIN);
    }

    private Table open(Locale locale, String role) {
        view = new RankingView(model);
        site = new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.ALMATY_REGION, locale, role), ReadinessModel.class);
        view.createContent(shell, site);
        shell.open();
        shell.layout(true, true);
        return Ui.find(shell, Table.class).get(0);
    }

    private static void click(Table table, Column column) {
        table.getColumn(column.ordinal()).notifyListeners(SWT.Selection, new Event());
    }

    private static List<String> column(Table table, Column column) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            texts.add(table.getItem(i).getText(column.ordinal()));
        }
        return texts;
    }
}
