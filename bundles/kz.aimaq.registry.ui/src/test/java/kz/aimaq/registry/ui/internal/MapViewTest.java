package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.SelectedUnit;

class MapViewTest {

    /** A point well inside Karaganda oblast, away from its borders. */
    private static final double[] KARAGANDA = {74.5, 48.5};
    private static final double[] ASTANA = {71.45, 51.17};

    private static final BoundaryStore STORE = new BoundaryStore();

    private final FakeRegistry registry = new FakeRegistry();
    private final ChoroplethLayers layers = new ChoroplethLayers();
    private final FakeLayer layer = new FakeLayer();
    private final OwnedServiceObjects<ChoroplethLayer> layerObjects = new OwnedServiceObjects<>(layer);
    private RegistryAccess access;
    private Shell shell;
    private TestViewSite site;
    private MapView view;

    @BeforeEach
    void createServices() {
        access = new RegistryAccess();
        access.bindRegistry(registry.objects);
        shell = Ui.shell(1200, 760);
        site = new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.KARAGANDA, Languages.KAZAKH, UserContext.ROLE_ANALYST), ExplorerView.class);
        view = new MapView(access, layers, STORE);
        view.createContent(shell, site);
        shell.layout(true, true);
        shell.open();
        Ui.waitUntil("the map drawn", () -> view.canvas().areaAt(at(ASTANA).x, at(ASTANA).y).isPresent());
    }

    @AfterEach
    void closeView() {
        view.dispose();
        shell.dispose();
        access.deactivate();
    }

    @Test
    void clickingAstanaSelectsItWithTheRegistrysNames() {
        Point astana = at(ASTANA);
        Canvas canvas = view.canvas().control();

        mouse(canvas, SWT.MouseDown, astana);
        mouse(canvas, SWT.MouseUp, astana);

        Ui.waitUntil("Astana selected", () -> site.selection().isPresent());
        assertEquals(Optional.of(new SelectedUnit("710000000", "Астана қ.", "г.Астана")), site.selection());
    }

    @Test
    void draggingPansWithoutSelecting() {
        Canvas canvas = view.canvas().control();
        Point before = at(ASTANA);

        mouse(canvas, SWT.MouseDown, before);
        mouse(canvas, SWT.MouseMove, new Point(before.x + 40, before.y + 10));
        mouse(canvas, SWT.MouseUp, new Point(before.x + 40, before.y + 10));

        assertEquals(new Point(before.x + 40, before.y + 10), at(ASTANA));
        Ui.waitUntil("events handled", () -> !Ui.display().readAndDispatch());
        assertEquals(Optional.empty(), site.selection());
    }

    @Test
    void aChosenLayerColoursItsRegionsShowsItsLegendAndFollowsItsChanges() throws Exception {
        layers.bindLayer(layerObjects, Map.of(ChoroplethLayer.ID, "test.readiness"));
        Combo chooser = view.chooser();
        Ui.waitUntil("the layer in the chooser", () -> chooser.getItemCount() == 2);
        assertEquals("Дайындық индексі", chooser.getItem(1));

        chooser.select(1);
        chooser.notifyListeners(SWT.Selection, new Event());

        Point karaganda = at(KARAGANDA);
        Canvas canvas = view.canvas().control();
        Ui.waitUntil("Karaganda painted red", () -> Ui.pixel(canvas, karaganda.x, karaganda.y) == 0xD7301F);
        assertTrue(visibleLabel("Жоғары дайындық") && visibleLabel("Синтетикалық деректер"), "legend and note");
        assertTrue(visibleLabel("Дерек жоқ"), "grey means no data");
        assertTrue(layer.threads.stream().noneMatch(t -> t.equals(Thread.currentThread().getName())),
                "layers are asked off the UI thread: " + layer.threads);

        site.select(new SelectedUnit("353237200", "Қойбас а.", "с.Койбас"));
        layer.rgb = 0x1A9641;
        layers.handleEvent(new org.osgi.service.event.Event(ChoroplethLayer.TOPIC_CHANGED,
                Map.of("id", "test.readiness")));
        Ui.waitUntil("Karaganda repainted green", () -> Ui.pixel(canvas, karaganda.x, karaganda.y) == 0x1A9641);
        Ui.screenshot(shell, Path.of("target/screenshots/registry-map-kk.png"));

        layers.unbindLayer(layerObjects);
        Ui.waitUntil("the layer gone from the chooser", () -> chooser.getItemCount() == 1);
        Ui.waitUntil("Karaganda back to plain land", () -> Ui.pixel(canvas, karaganda.x, karaganda.y) != 0x1A9641);
    }

    private Point at(double[] lonLat) {
        return view.canvas().toScreen(lonLat[0], lonLat[1]);
    }

    private boolean visibleLabel(String text) {
        return Ui.find(shell, Label.class).stream().anyMatch(l -> l.getVisible() && l.getText().equals(text));
    }

    private static void mouse(Canvas canvas, int type, Point point) {
        Event event = new Event();
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.x = point.x;
        event.y = point.y;
        canvas.notifyListeners(type, event);
    }
}
