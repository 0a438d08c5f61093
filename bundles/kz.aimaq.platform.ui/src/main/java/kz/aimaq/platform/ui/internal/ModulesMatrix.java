package kz.aimaq.platform.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * The module × region grid: a row per module, a column per region, a check box per cell.
 * Core modules are checked and cannot be changed. The user's own region is highlighted.
 */
final class ModulesMatrix {

    /** Widget data keys on each check box: the module id and the region code it toggles. */
    static final String MODULE = "aimaq.module";
    static final String REGION = "aimaq.region";

    /** Background of the user's own region column. */
    static final Color OWN_REGION = new Color(255, 228, 150);

    /** Called on the UI thread when the administrator ticks or clears a box. */
    @FunctionalInterface
    interface Toggle {
        void toggle(ModuleInfo module, Region region, boolean enabled);
    }

    private static final Set<String> GENERIC_WORDS = Set.of("облысы", "қаласы", "қ", "область", "город", "г",
            "region", "oblast", "city", "province");

    private final ScrolledComposite scroller;
    private final Composite grid;
    private final Messages messages;
    private final Locale locale;
    private final String ownRegion;
    private final Toggle toggle;
    private final Predicate<String> mayChange;

    /** @param mayChange whether the user may enable or disable modules in the region with this code */
    ModulesMatrix(Composite parent, Messages messages, Region ownRegion, Predicate<String> mayChange, Toggle toggle) {
        this.mayChange = mayChange;
        this.messages = messages;
        this.locale = messages.locale();
        this.ownRegion = ownRegion.code();
        this.toggle = toggle;
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        grid = new Composite(scroller, SWT.NONE);
        scroller.setContent(grid);
    }

    Control control() {
        return scroller;
    }

    /** Rebuilds the grid; an empty module or region list leaves it empty. */
    void show(List<ModuleInfo> modules, List<Region> regions) {
        grid.setRedraw(false);
        try {
            for (Control child : grid.getChildren()) {
                child.dispose();
            }
            boolean any = !modules.isEmpty() && !regions.isEmpty();
            GridLayout layout = new GridLayout(any ? regions.size() + 1 : 1, false);
            layout.horizontalSpacing = 2;
            grid.setLayout(layout);
            if (any) {
                header(regions);
                for (ModuleInfo module : modules) {
                    row(module, regions);
                }
            }
            scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            grid.layout(true);
        } finally {
            grid.setRedraw(true);
        }
    }

    private void header(List<Region> regions) {
        Label corner = new Label(grid, SWT.NONE);
        corner.setText(messages.get("modules.corner"));
        corner.setLayoutData(new GridData(SWT.FILL, SWT.END, false, false));
        for (Region region : regions) {
            Label label = new Label(grid, SWT.CENTER);
            label.setText(region.prefix() + "\n" + shortName(region.name(locale)));
            boolean own = region.code().equals(ownRegion);
            label.setToolTipText(own ? messages.get("modules.ownRegion", region.name(locale)) : region.name(locale));
            if (own) {
                label.setBackground(OWN_REGION);
            }
            label.setLayoutData(new GridData(SWT.FILL, SWT.END, false, false));
        }
    }

    private void row(ModuleInfo module, List<Region> regions) {
        boolean core = module.kind() == ModuleKind.CORE;
        Label name = new Label(grid, SWT.NONE);
        // Our modules have names in the three languages; a vendor's module shows the title its jar gives.
        String key = "module." + module.id();
        String known = messages.contains(key) ? messages.get(key) : module.title();
        String title = known.isBlank() || known.equals(module.id()) ? module.id() : known + " (" + module.id() + ")";
        name.setText(core ? messages.get("modules.core", title) : title);
        name.setToolTipText(messages.get("modules.origin", module.origin(), String.join(", ", module.bundles())));
        name.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        for (Region region : regions) {
            Button box = new Button(cell(region), SWT.CHECK);
            box.setSelection(core || module.enabledRegions().contains(region.code()));
            // Outside the user's scope the box shows the state but cannot be changed.
            box.setEnabled(!core && mayChange.test(region.code()));
            box.setData(MODULE, module.id());
            box.setData(REGION, region.code());
            box.setToolTipText(messages.get("modules.cell", title, region.name(locale)));
            box.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
            if (box.getEnabled()) {
                box.addListener(SWT.Selection, event -> {
                    // Pending until the manager answers and the grid is rebuilt.
                    box.setEnabled(false);
                    toggle.toggle(module, region, box.getSelection());
                });
            }
        }
    }

    /**
     * The parent of one check box. In the user's own region it is a coloured cell: colouring
     * the check box itself would hide its checked look in some GTK themes.
     */
    private Composite cell(Region region) {
        Composite cell = new Composite(grid, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        cell.setLayout(layout);
        cell.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
        if (region.code().equals(ownRegion)) {
            cell.setBackground(OWN_REGION);
        }
        return cell;
    }

    /**
     * A region's own name without its generic words ("oblast", "city", which come first in some
     * Russian names), whole: a word cut to a few letters ("Қараға.") read as a label cut off.
     * The columns scroll when twenty of them do not fit; the full name is the tooltip.
     */
    static String shortName(String name) {
        for (String word : name.strip().split("[\\s.]+")) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        return name;
    }
}
