package kz.aimaq.registry.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.map.api.ChoroplethLayer.Level;
import kz.aimaq.map.api.LegendEntry;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The map of regions or districts from the shipped boundaries. A click selects the unit; the
 * selected unit and its district and region are outlined; a chosen choropleth layer colours it.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = MapView.ID, title = "%view.map", perspective = RegistryPerspective.ID, stack = Stacks.MAIN,
        position = 20)
public final class MapView implements View {

    static final String ID = "kz.aimaq.registry.ui.map";

    /** A layer as the chooser lists it. */
    private record Choice(String id, String title) {
    }

    /** What a layer gave for one level, read off the UI thread. */
    private record Colouring(String id, Level level, String title, Map<String, Integer> colours,
            List<LegendEntry> legend, String note) {
    }

    private final RegistryAccess access;
    private final ChoroplethLayers layers;
    private final BoundaryStore store;
    private final Consumer<String> layerChanged = this::layerChanged;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Composite root;
    private Label notice;
    private Combo chooser;
    private Button regions;
    private MapCanvas map;
    private LegendPanel legend;
    private List<Choice> choices = List.of();
    private String chosen;
    /** The code whose outline is drawn, so that a late answer for an older selection is dropped. */
    private String highlightedCode;

    @Activate
    public MapView(@Reference RegistryAccess access, @Reference ChoroplethLayers layers,
            @Reference BoundaryStore store) {
        this.access = access;
        this.layers = layers;
        this.store = store;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = viewSite.messages();
        locale = messages.locale();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        createBar();
        notice = MessageLabels.create(root);
        ((GridData) notice.getLayoutData()).horizontalSpan = 2;
        map = new MapCanvas(root, messages.get("map.loading"), messages.get("map.attribution"), this::clicked);
        map.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        legend = new LegendPanel(root, messages);
        store.boundaries().whenComplete((loaded, failure) -> site.asyncExec(() -> {
            if (root.isDisposed()) {
                return;
            }
            if (failure != null) {
                access.live().logFailure("Reading the shipped boundaries failed", failure);
                MessageLabels.show(notice, messages.get("map.failed", String.valueOf(failure.getMessage())), true);
            } else {
                map.setBoundaries(loaded);
            }
        }));
        layers.addListener(layerChanged);
        readChoices();
        viewSite.onSelection(unit -> highlight(unit.kato()));
        viewSite.selection().ifPresent(unit -> highlight(unit.kato()));
    }

    @Override
    public void setFocus() {
        if (map != null && !map.control().isDisposed()) {
            map.control().setFocus();
        }
    }

    @Override
    public void dispose() {
        layers.removeListener(layerChanged);
    }

    MapCanvas canvas() {
        return map;
    }

    Combo chooser() {
        return chooser;
    }

    private void createBar() {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText(messages.get("map.layer"));
        chooser = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData chooserData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        chooserData.widthHint = 260;
        chooser.setLayoutData(chooserData);
        chooser.setItems(messages.get("map.layer.none"));
        chooser.select(0);
        chooser.addListener(SWT.Selection, event -> {
            int index = chooser.getSelectionIndex();
            chosen = index <= 0 ? null : choices.get(index - 1).id();
            readColours();
        });
        regions = new Button(bar, SWT.RADIO);
        regions.setText(messages.get("map.level.regions"));
        regions.setSelection(true);
        Button districts = new Button(bar, SWT.RADIO);
        districts.setText(messages.get("map.level.districts"));
        regions.addListener(SWT.Selection, event -> levelChanged());
        districts.addListener(SWT.Selection, event -> levelChanged());
        Button reset = new Button(bar, SWT.PUSH);
        reset.setText(messages.get("map.reset"));
        reset.addListener(SWT.Selection, event -> map.reset());
        new Label(bar, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** The level shown now: regions unless the districts button is on. */
    Level level() {
        return regions.getSelection() ? Level.REGION : Level.DISTRICT;
    }

    private void levelChanged() {
        map.setLevel(level());
        readColours();
    }

    /** Called on any thread: {@code id} of a layer whose data changed, or null when layers came or went. */
    private void layerChanged(String id) {
        if (id == null) {
            readChoices();
        } else {
            site.asyncExec(() -> {
                if (!root.isDisposed() && id.equals(chosen)) {
                    readColours();
                }
            });
        }
    }

    private void readChoices() {
        access.live().read(() -> {
            List<Choice> read = new ArrayList<>();
            for (ChoroplethLayers.Entry entry : layers.layers()) {
                try {
                    read.add(new Choice(entry.id(), entry.layer().title(locale)));
                } catch (RuntimeException e) {
                    access.live().logFailure("Choropleth layer " + entry.id() + " failed to give its title", e);
                }
            }
            site.asyncExec(() -> showChoices(read));
        });
    }

    private void showChoices(List<Choice> read) {
        if (root.isDisposed()) {
            return;
        }
        choices = List.copyOf(read);
        List<String> items = new ArrayList<>();
        items.add(messages.get("map.layer.none"));
        int selected = 0;
        for (int i = 0; i < choices.size(); i++) {
            items.add(choices.get(i).title());
            if (choices.get(i).id().equals(chosen)) {
                selected = i + 1;
            }
        }
        chooser.setItems(items.toArray(String[]::new));
        chooser.select(selected);
        if (selected == 0) {
            chosen = null;
        }
        readColours();
    }

    private void readColours() {
        String id = chosen;
        Level level = level();
        if (id == null) {
            map.setFills(null);
            legend.clear();
            return;
        }
        access.live().read(() -> {
            Optional<ChoroplethLayers.Entry> entry = layers.layers().stream().filter(e -> e.id().equals(id)).findFirst();
            if (entry.isEmpty()) {
                return;
            }
            ChoroplethLayer layer = entry.get().layer();
            try {
                Colouring colouring = new Colouring(id, level, layer.title(locale), Map.copyOf(layer.colours(level)),
                        List.copyOf(layer.legend(locale)), layer.note(locale));
                site.asyncExec(() -> showColours(colouring));
            } catch (RuntimeException e) {
                access.live().logFailure("Choropleth layer " + id + " failed to give its colours", e);
                site.asyncExec(() -> {
                    if (!root.isDisposed() && id.equals(chosen)) {
                        map.setFills(Map.of());
                        legend.showMessage(messages.get("map.layer.failed", id, String.valueOf(e.getMessage())));
                    }
                });
            }
        });
    }

    private void showColours(Colouring colouring) {
        if (root.isDisposed() || !colouring.id().equals(chosen) || colouring.level() != level()) {
            return;
        }
        map.setFills(colouring.colours());
        legend.show(colouring.title(), colouring.legend(), colouring.note());
    }

    private void clicked(Area area) {
        if (area.code() == null) {
            site.showStatus(messages.get("map.noCode", area.nameKk()));
            return;
        }
        SelectedUnit fromMap = new SelectedUnit(area.code(), area.nameKk(), area.nameRu());
        access.read(site, registry -> registry.find(area.code()), found -> {
            if (!root.isDisposed()) {
                site.select(found.flatMap(unit -> unit).map(MapView::selected).orElse(fromMap));
            }
        }, failure -> site.select(fromMap));
    }

    private static SelectedUnit selected(Unit unit) {
        return new SelectedUnit(unit.code(), unit.nameKk(), unit.nameRu());
    }

    /** Outlines the unit and the units it lies in: at once by its code, then by its registry ancestors. */
    private void highlight(String code) {
        Set<String> codes = new HashSet<>(List.of(code, code.substring(0, 2) + "0000000",
                code.substring(0, 4) + "00000"));
        highlightedCode = code;
        map.setHighlighted(codes);
        access.read(site, registry -> registry.ancestors(code), ancestors -> {
            if (root.isDisposed() || ancestors.isEmpty() || !code.equals(highlightedCode)) {
                return;
            }
            Set<String> all = new HashSet<>(codes);
            ancestors.get().forEach(unit -> all.add(unit.code()));
            map.setHighlighted(all);
        }, failure -> site.showStatus(messages.get("read.failed", String.valueOf(failure.getMessage()))));
    }
}
