package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.After;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWiring;

import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.registry.api.RegistryService;

/**
 * The readiness module as a Karaganda analyst meets it, enabled for the region by the policy
 * and started from its real feature, on the real registry: the ranking, the scorecard of a
 * chosen unit, and the readiness layer of the registry's map.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
// The map test runs first, while nothing has scored yet: the layer must then fetch the model,
// show an empty legend, and colour the map when the scoring's event arrives.
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ReadinessViewsIT {

    private static final String KARAGANDA = "350000000";
    private static final String READINESS_UI = "kz.aimaq.readiness.ui";
    private static final String READINESS_PERSPECTIVE = "kz.aimaq.readiness.ui.perspective";
    private static final String RANKING = "kz.aimaq.readiness.ui.ranking";
    private static final String SCORECARD = "kz.aimaq.readiness.ui.scorecard";
    private static final String REGISTRY_PERSPECTIVE = "kz.aimaq.registry.ui.perspective";
    private static final String MAP = "kz.aimaq.registry.ui.map";
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    /** Every okrug of the country scored with 1 000 Monte Carlo draws, on a busy 2-core machine. */
    private static final Duration SCORING = Duration.ofMinutes(5);

    /** The ranking's columns the scorecard repeats. */
    private static final int RANK = 0;
    private static final int CODE = 1;
    private static final int NAME = 2;
    private static final int SCORE = 5;
    private static final int BAND = 6;
    private static final int COVERAGE = 7;
    private static final int INTERVAL = 8;

    @Inject
    private BundleContext context;

    @Inject
    @Filter(timeout = 180_000) // first start seeds the whole classifier, slower on a busy machine
    private RegistryService registry; // seeded before the window opens, so scoring sees every unit

    @Inject
    private Regions regions;

    private Window window;

    @Configuration
    public Option[] configuration() {
        TestHome home = ShippedFeature.copy(TestHome.create("readiness-views"), "readiness")
                .file("conf/region-policy.json", Policies.enabled("readiness", KARAGANDA));
        return options(AimaqOptions.platform(home.home, home.data, KARAGANDA), AimaqOptions.registry(),
                AimaqOptions.ours("kz.aimaq.workbench"), AimaqOptions.ours("kz.aimaq.map.api"),
                AimaqOptions.ours("kz.aimaq.registry.ui"),
                frameworkProperty(LaunchProperties.HEADLESS).value("false"),
                // no okrug has submitted a return here: show the demonstration, as a user would tick it
                frameworkProperty("aimaq.readiness.demo").value("true"));
    }

    @After
    public void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    public void theRankingListsKaragandasScoredOkrugsAndAChosenOneGetsItsScorecard() throws Exception {
        open(READINESS_PERSPECTIVE, Map.of());
        Await.until("the ranking fills with scored units", SCORING,
                () -> window.onUi(() -> ranking() != null && ranking().getItemCount() > 0),
                () -> window.onUi(() -> texts(window.tabs().get(RANKING))));
        Messages texts = messages(READINESS_UI);
        assertTrue("the ranking says its data are synthetic", shown(RANKING, texts.get("synthetic.banner")));
        assertEquals("the ranking starts at the okrugs", texts.get("level.okrug"),
                window.onUi(() -> filter(texts.get("filter.allLevels")).getText()));

        String karaganda = regions.find(KARAGANDA).orElseThrow().name(KAZAKH);
        window.onUi(() -> choose(filter(texts.get("filter.allRegions")), karaganda));
        List<String[]> rows = window.onUi(this::rankingRows);
        long scored = rows.stream().filter(r -> !r[RANK].equals("—")).count();
        assertTrue("Karaganda region has more than 100 scored okrugs: " + scored, scored > 100);
        rows.forEach(r -> assertTrue("a unit outside the chosen region: " + r[CODE], r[CODE].startsWith("35")));
        assertTrue("the count above the table matches it",
                shown(RANKING, texts.get("ranking.count", rows.size())));

        int chosen = rows.size() / 2;
        while (rows.get(chosen)[RANK].equals("—")) {
            chosen++;
        }
        String[] row = rows.get(chosen);
        selectRankingRow(chosen);

        int indicators = methodology().indicatorCount();
        Await.until("the scorecard shows " + row[NAME] + " with a contribution per indicator",
                Duration.ofMinutes(1), () -> window.onUi(() -> {
                    Table contributions = Window.find(window.tabs().get(SCORECARD), Table.class, t -> true);
                    return contributions != null && contributions.isVisible()
                            && contributions.getItemCount() == indicators
                            && visibleLabel(SCORECARD, l -> l.getText().startsWith(row[NAME] + " (" + row[CODE]))
                                    != null;
                }), () -> window.onUi(() -> texts(window.tabs().get(SCORECARD))));
        assertTrue("the scorecard says its data are synthetic", shown(SCORECARD, texts.get("synthetic.banner")));

        String scoreLine = texts.get("scorecard.score", row[SCORE], row[BAND], row[COVERAGE]);
        String summary = window.onUi(() -> {
            Label label = visibleLabel(SCORECARD, l -> l.getText().startsWith(scoreLine + "\n"));
            return label == null ? null : label.getText();
        });
        assertNotNull("the scorecard shows the ranking's score, band and coverage: " + scoreLine + " in "
                + window.onUi(() -> texts(window.tabs().get(SCORECARD))), summary);
        Object[] rank = new MessageFormat(texts.get("scorecard.rank"), KAZAKH)
                .parse(summary.substring(scoreLine.length() + 1));
        assertEquals("the scorecard's rank is the ranking's", row[RANK], digits(rank[0]));
        assertTrue("a rank is among the units ranked: " + summary,
                Integer.parseInt(digits(rank[1])) >= Integer.parseInt(row[RANK]));
        assertEquals("the scorecard's rank interval is the ranking's", row[INTERVAL], rank[2]);
        window.screenshot("readiness-ranking-kk.png");
    }

    @Test
    public void choosingTheReadinessLayerOnTheRegistryMapShowsItsBandsOnceScored() throws Exception {
        open(REGISTRY_PERSPECTIVE, Map.of(REGISTRY_PERSPECTIVE + "/main", MAP));
        Await.until("the map is open", Duration.ofMinutes(1), () -> window.tabs().containsKey(MAP),
                () -> window.tabs().keySet().toString());
        Messages texts = messages(READINESS_UI);
        String layer = texts.get("layer.title");
        Await.until("the map's chooser lists the readiness layer", Duration.ofMinutes(1),
                () -> window.onUi(() -> layerChooser(layer) != null),
                () -> window.onUi(() -> texts(window.tabs().get(MAP))));
        window.onUi(() -> choose(layerChooser(layer), layer));

        // Nothing has scored in this framework yet: the layer asks for the scores only now, so the
        // legend first comes without bands, and they follow when the scoring posts its event.
        List<String> bands = methodology().bandNames(KAZAKH);
        Await.until("the legend lists the bands " + bands, SCORING, () -> window.onUi(() -> legendBands(bands)
                .equals(bands)), () -> window.onUi(() -> texts(window.tabs().get(MAP))));
        assertTrue("the legend is titled by the layer", shown(MAP, layer));
        // Astana, Almaty and Shymkent have districts but no rural okrugs: nothing rolls up to them
        // "Шымкент қ." ends the list and the sentence with one full stop
        String cities = Stream.of("710000000", "750000000", "790000000")
                .map(code -> registry.find(code).orElseThrow().nameKk()).collect(Collectors.joining(", "));
        String grey = texts.get("layer.grey", cities.substring(0, cities.length() - 1));
        String note = texts.get("layer.synthetic") + "\n" + grey;
        assertTrue("the legend says the data are synthetic and why the three cities stay grey: " + note,
                shown(MAP, note));
        Set<RGB> swatches = window.onUi(() -> swatches(bands));
        assertEquals("each band has a colour of its own: " + swatches, bands.size(), swatches.size());
        Await.until("the map is painted in the bands' colours " + swatches, Duration.ofMinutes(2),
                () -> window.onUi(() -> ScreenPixels.count(
                        Window.find(window.tabs().get(MAP), Canvas.class, c -> true), swatches) > 100), () -> "");
        window.screenshot("readiness-map-layer-kk.png");
    }

    /** The user left the workbench in {@code perspective} last time. */
    private void open(String perspective, Map<String, String> selectedTabs) throws Exception {
        Path state = Path.of(context.getProperty(LaunchProperties.DATA)).resolve("users")
                .resolve(System.getProperty("user.name")).resolve("workbench.json"); // the OS user is the local user
        Files.createDirectories(state.getParent());
        Files.writeString(state, ShippedFeature.JSON.writeValueAsString(Map.of("x", 0, "y", 0, "width", 1500,
                "height", 950, "maximized", false, "perspective", perspective, "closedViews", List.of(),
                "selectedTabs", selectedTabs)));
        window = Window.open(context);
        Await.until("the module's views are open", SCORING,
                () -> window.tabs().keySet().containsAll(perspective.equals(READINESS_PERSPECTIVE)
                        ? Set.of(RANKING, SCORECARD) : Set.of(MAP)),
                () -> window.tabs().keySet().toString());
    }

    private Messages messages(String symbolicName) {
        return Messages.load(bundle(symbolicName).adapt(BundleWiring.class).getClassLoader(), KAZAKH);
    }

    /** The methodology the views score with. */
    private ShippedMethodology methodology() {
        return ShippedMethodology.of(bundle("kz.aimaq.readiness"), "aimaq-okrug");
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    private Table ranking() {
        return Window.find(window.tabs().get(RANKING), Table.class, t -> true);
    }

    /** The ranking's filter whose first item is {@code first}; call on the UI thread. */
    private Combo filter(String first) {
        return Window.find(window.tabs().get(RANKING), Combo.class,
                c -> c.getItemCount() > 0 && c.getItem(0).equals(first));
    }

    private Combo layerChooser(String layer) {
        return Window.find(window.tabs().get(MAP), Combo.class, c -> Arrays.asList(c.getItems()).contains(layer));
    }

    /** Picks an item as a user does, so that the combo's listeners hear of it; call on the UI thread. */
    private static Void choose(Combo combo, String item) {
        combo.select(Arrays.asList(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        return null;
    }

    /** Every row the (virtual) ranking table shows, as its cells' texts; call on the UI thread. */
    private List<String[]> rankingRows() {
        Table table = ranking();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            String[] cells = new String[table.getColumnCount()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = table.getItem(i).getText(c);
            }
            rows.add(cells);
        }
        return rows;
    }

    private void selectRankingRow(int index) {
        window.onUi(() -> {
            Table table = ranking();
            table.setSelection(index);
            Event event = new Event();
            event.item = table.getItem(index);
            table.notifyListeners(SWT.Selection, event);
            return null;
        });
    }

    /** The band names the legend beside the map lists, in its order; call on the UI thread. */
    private List<String> legendBands(List<String> bands) {
        List<String> listed = new ArrayList<>();
        Window.find(window.tabs().get(MAP), Label.class, l -> {
            bands.stream().filter(b -> l.isVisible() && l.getText().startsWith(b + ", ")).forEach(listed::add);
            return false;
        });
        return listed;
    }

    /** The colours of the legend's swatches beside the bands' labels; call on the UI thread. */
    private Set<RGB> swatches(List<String> bands) {
        Set<RGB> colours = new HashSet<>();
        Window.find(window.tabs().get(MAP), Label.class, l -> {
            if (bands.stream().anyMatch(b -> l.getText().startsWith(b + ", "))) {
                List<Control> row = Arrays.asList(l.getParent().getChildren());
                colours.add(row.get(row.indexOf(l) - 1).getBackground().getRGB());
            }
            return false;
        });
        return colours;
    }

    private boolean shown(String view, String text) {
        return window.onUi(() -> visibleLabel(view, l -> l.getText().equals(text)) != null);
    }

    private Label visibleLabel(String view, Predicate<Label> test) {
        return Window.find(window.tabs().get(view), Label.class, l -> l.isVisible() && test.test(l));
    }

    private static String digits(Object text) {
        return String.valueOf(text).replaceAll("\\D", "");
    }

    /** What a view shows in labels and combos, for failure messages; call on the UI thread. */
    private static String texts(Control root) {
        StringBuilder texts = new StringBuilder();
        Window.find(root, Control.class, c -> {
            if (c instanceof Label l && l.isVisible()) {
                texts.append(" [").append(l.getText()).append(']');
            } else if (c instanceof Combo combo) {
                texts.append(" {").append(combo.getText()).append('}');
            }
            return false;
        });
        return texts.toString();
    }
}
