package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.map.api.LegendEntry;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.Comparison;
import kz.aimaq.readiness.api.Contribution;
import kz.aimaq.readiness.api.Explanation;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.TreeRegistry;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.View;

class ScorecardAndComparisonTest {

    private static final Locale KK = Languages.KAZAKH;

    private final TreeRegistry registry = SampleRegistry.create();
    private ReadinessModel model;
    private ReadinessResults results;
    private Shell shell;
    private View view;
    private TestViewSite site;

    @BeforeEach
    void score() {
        model = new ReadinessModel(new ReadinessEngineImpl());
        model.showDemo(true);
        model.bindRegions(new TestRegions());
        model.bindRegistry(registry);
        results = Ui.waitFor("scores", () -> model.results().orElse(null));
        shell = Ui.shell(900, 760);
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
    void scorecardOfTheSelectedOkrugShowsItsPillarsAndWeakestThree() throws Exception {
        open(new ScorecardView(model));
        select(SampleRegistry.OKRUG);

        Canvas chart = Ui.find(shell, Canvas.class).get(0);
        ScoreTable table = results.okrugs;
        Methodology methodology = results.methodology;
        String expected = methodology.root().children().stream().map(n -> (Group) n)
                .map(g -> g.name().get(KK) + ": " + Widgets.score(table.node(SampleRegistry.OKRUG, g.id()).score(), KK,
                        site.messages()))
                .collect(Collectors.joining("\n"));
        Ui.waitUntil("the pillar values", () -> expected.equals(chart.getToolTipText()));
        assertEquals(4, expected.lines().count(), "four pillars");

        Explanation explanation = table.explain(SampleRegistry.OKRUG);
        assertEquals(3, explanation.weakest().size());
        String weakest = label("Ең әлсіз").getText();
        for (Contribution c : explanation.weakest()) {
            assertTrue(weakest.contains(methodology.node(c.indicator()).map(Node::name).orElseThrow().get(KK)),
                    c.indicator() + " in: " + weakest);
        }
        Table contributions = Ui.find(shell, Table.class).get(0);
        assertEquals(methodology.indicators().size(), contributions.getItemCount(), "one row per indicator");
        Row row = results.row(SampleRegistry.OKRUG).orElseThrow();
        String rank = label("орын").getText();
        assertTrue(rank.contains(Widgets.interval(row.interval())), "rank interval shown");
        long okrugs = results.rows.stream().filter(r -> r.level() == RankLevel.OKRUG).count();
        long scored = results.rows.stream().filter(r -> r.level() == RankLevel.OKRUG && r.scored()).count();
        assertTrue(rank.contains(scored + " бірлігінің") && rank.contains("барлығы " + okrugs), "what is counted: " + rank);
        assertTrue(label("Синтетикалық деректер").getVisible(), "synthetic banner");
        Ui.screenshot(shell, Path.of("target/screenshots/readiness-scorecard-kk.png"));
    }

    @Test
    void scorecardOfAnUnscoredUnitSaysSo() {
        open(new ScorecardView(model));
        select("193230101");

        assertTrue(label("дайындық балы жоқ").getVisible());
        assertFalse(Ui.find(shell, Canvas.class).get(0).getVisible());
    }

    @Test
    void comparisonDifferencesSumToTheScoreDifference() {
        open(new ComparisonView(model));
        select(SampleRegistry.OKRUG);

        Table differences = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("one difference per indicator",
                () -> differences.getItemCount() == results.methodology.indicators().size());
        String best = results.rows.stream()
                .filter(r -> r.level() == RankLevel.OKRUG && r.scored() && !r.code().equals(SampleRegistry.OKRUG))
                .min(java.util.Comparator.comparingInt(Row::rank)).orElseThrow().code();
        Comparison c = results.okrugs.compare(SampleRegistry.OKRUG, best);
        double sum = c.differences().stream().mapToDouble(Comparison.Difference::delta).sum();
        assertEquals(c.scoreA() - c.scoreB(), sum, 1e-9, "A − B = Σ differences");
        String summary = label(" = ").getText();
        assertTrue(summary.contains(registry.find(best).orElseThrow().nameKk()), "compared with the best other okrug: " + summary);
        String difference = Widgets.score(c.scoreA() - c.scoreB(), KK, site.messages());
        assertTrue(summary.contains("= " + difference + ";") && summary.endsWith("= " + difference), summary);
        assertEquals(Widgets.score(c.differences().get(0).delta(), KK, site.messages()), differences.getItem(0).getText(3),
                "largest difference first");
    }

    @Test
    void theUnitPickedFromTheTypedChoicesIsTheOneCompared() {
        open(new ComparisonView(model));
        select(SampleRegistry.OKRUG);
        Table differences = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("a first comparison", () -> differences.getItemCount() > 0);
        Combo second = Ui.find(shell, Combo.class).get(0);
        List<Row> others = results.rows.stream()
                .filter(r -> r.level() == RankLevel.OKRUG && r.scored() && !r.code().equals(SampleRegistry.OKRUG))
                .sorted(java.util.Comparator.comparingInt(Row::rank)).toList();
        Row target = others.get(others.size() - 1);
        String typed = target.name(KK).substring(0, 3);

        second.setText(typed);

        assertEquals(typed, second.getText(), "the typed text stays");
        String wanted = target.name(KK) + " (" + target.code() + ")";
        int index = List.of(second.getItems()).indexOf(wanted);
        assertTrue(index >= 0, wanted + " offered in " + List.of(second.getItems()));
        second.select(index);
        second.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());

        String summary = label(" = ").getText();
        assertTrue(summary.contains(registry.find(target.code()).orElseThrow().nameKk()), "compared with the one picked: " + summary);
        assertEquals(wanted, second.getText());
    }

    @Test
    void choroplethColoursRegionsAndDistrictsByBandWithTheMethodologyBandsAsLegend() {
        ScoreLayer layer = new ScoreLayer(() -> model);
        Methodology methodology = results.methodology;

        Map<String, Integer> regions = layer.colours(ChoroplethLayer.Level.REGION);
        assertEquals(java.util.Set.of("190000000", "630000000"), regions.keySet(), "the regions with okrugs");
        Map<String, Integer> districts = layer.colours(ChoroplethLayer.Level.DISTRICT);
        assertEquals(java.util.Set.of(SampleRegistry.ENBEKSHIKAZAKH, "194400000", "634000000"), districts.keySet());
        for (Map.Entry<String, Integer> e : districts.entrySet()) {
            Band band = results.parents.unit(e.getKey()).band();
            assertEquals(BandColours.of(methodology, band), e.getValue(), e.getKey());
        }

        List<LegendEntry> legend = layer.legend(KK);
        assertEquals(methodology.bands().size(), legend.size());
        for (int i = 0; i < legend.size(); i++) {
            Band band = methodology.bands().get(i);
            assertTrue(legend.get(i).label().startsWith(band.name().get(KK)), legend.get(i).label());
            assertEquals(BandColours.of(methodology, band), legend.get(i).rgb());
        }
        assertEquals("өте жоғары, 75–100", legend.get(0).label());
        String note = layer.note(Languages.RUSSIAN);
        assertTrue(note.startsWith("Синтетические данные"), note);
        assertTrue(note.endsWith("\nСерым, без балла: г.Астана. В их составе нет сельских округов или их данных"
                + " недостаточно."), "Astana has no okrugs, so the note says why it stays grey: " + note);
        assertTrue(layer.note(KK).contains("Сұр түс, балл жоқ: Астана қ. Олардың"), "one full stop: " + layer.note(KK));
        assertEquals("ЖИ-ге дайындық балы", layer.title(KK));
    }

    private void open(View created) {
        view = created;
        site = new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.ALMATY_REGION, KK, UserContext.ROLE_ANALYST), ReadinessModel.class);
        view.createContent(shell, site);
        shell.open();
        shell.layout(true, true);
    }

    private void select(String code) {
        Unit unit = registry.find(code).orElseThrow();
        site.select(new SelectedUnit(code, unit.nameKk(), unit.nameRu()));
    }

    private Label label(String part) {
        return Ui.waitFor("a label with \"" + part + "\"", () -> Ui.find(shell, Label.class).stream()
                .filter(l -> l.getText().contains(part)).findFirst().orElse(null));
    }
}
