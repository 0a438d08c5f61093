package kz.aimaq.platform.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
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
 * The module × region grid: a row per region with its code and full name, a column per module,
 * a check box per cell. Twenty regions run down the view, which scrolls vertically when they do
 * not fit, under the module titles, which stay in view; the few modules go across, so no column
 * hides past the right edge (GTK's overlay scroll bar would not show that it is there). Core
 * modules are checked and cannot be changed.
 * The user's own region's row is highlighted.
 */
final class ModulesMatrix {

    /** Widget data keys on each check box: the module id and the region code it toggles. */
    static final String MODULE = "aimaq.module";
    static final String REGION = "aimaq.region";

    /** Background of the user's own region row. */
    static final Color OWN_REGION = new Color(255, 228, 150);

    /** Called on the UI thread when the administrator ticks or clears a box. */
    @FunctionalInterface
    interface Toggle {
        void toggle(ModuleInfo module, Region region, boolean enabled);
    }

    /**
     * Space at the left of each column. The columns touch, so that the highlight of a row has no
     * gaps; this space keeps their contents apart.
     */
    private static final int COLUMN_GAP = 12;

    /** About this many characters of a module title fit on one line of its column header. */
    private static final int HEADER_LINE_CHARS = 18;

    /** A check box by what it toggles. */
    private record Cell(String module, String region) {
    }

    /** The box last ticked: disabling it while its change is pending took the focus away. */
    private Cell ticked;

    private final Composite frame;
    /** The module titles, above the scrolled rows so that they stay in view however far the rows scroll. */
    private final Composite header;
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
        frame = new Composite(parent, SWT.NONE);
        GridLayout frameLayout = new GridLayout(1, false);
        frameLayout.marginWidth = 0;
        frameLayout.marginHeight = 0;
        frameLayout.verticalSpacing = 0;
        frame.setLayout(frameLayout);
        frame.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        header = new Composite(frame, SWT.NONE);
        header.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        scroller = new ScrolledComposite(frame, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // a narrow window scrolls the rows sideways: the titles move with them
        scroller.getHorizontalBar().addListener(SWT.Selection, event -> followSideways());
        scroller.addListener(SWT.Resize, event -> followSideways());
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // Tabbing to a box in a row below the window brings the row into view.
        scroller.setShowFocusedControl(true);
        grid = new Composite(scroller, SWT.NONE);
        scroller.setContent(grid);
    }

    Control control() {
        return frame;
    }

    /** Rebuilds the grid; an empty module or region list leaves it empty. */
    void show(List<ModuleInfo> modules, List<Region> regions) {
        // A tick rebuilds the grid, which jumped back to the top and put another region's box under the
        // pointer: the rows stay where they were scrolled to, and the ticked box gets the focus back.
        Point origin = scroller.getOrigin();
        frame.setRedraw(false);
        try {
            for (Control child : header.getChildren()) {
                child.dispose();
            }
            for (Control child : grid.getChildren()) {
                child.dispose();
            }
            boolean any = !modules.isEmpty() && !regions.isEmpty();
            header.setLayout(columns(any ? modules.size() + 1 : 1));
            grid.setLayout(columns(any ? modules.size() + 1 : 1));
            if (any) {
                header(modules);
                for (Region region : regions) {
                    row(region, modules);
                }
                alignColumns(modules.size() + 1);
            }
            scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            grid.layout(true);
            frame.layout(true, true);
            scroller.setOrigin(origin);
            followSideways();
            if (ticked != null) {
                refocus(ticked.module(), ticked.region());
                ticked = null;
            }
        } finally {
            frame.setRedraw(true);
        }
    }

    /** The layout of the titles and of the rows alike: columns that touch, so that a row's highlight has no gaps. */
    private static GridLayout columns(int count) {
        GridLayout layout = new GridLayout(count, false);
        layout.horizontalSpacing = 0;
        return layout;
    }

    /**
     * The titles and the rows are two grids: each column is made as wide as the wider of its title
     * and its widest cell in both, the title through its width hint, the rows through their first row's.
     */
    private void alignColumns(int count) {
        Control[] titles = header.getChildren();
        Control[] cells = grid.getChildren();
        for (int column = 0; column < count; column++) {
            GridData title = (GridData) titles[column].getLayoutData();
            int width = title.horizontalIndent + titles[column].computeSize(title.widthHint, SWT.DEFAULT).x;
            for (int at = column; at < cells.length; at += count) {
                width = Math.max(width, cells[at].computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            }
            title.widthHint = width - title.horizontalIndent;
            ((GridData) cells[column].getLayoutData()).widthHint = width;
        }
    }

    /** Keeps the titles over their columns when the rows are scrolled sideways. */
    private void followSideways() {
        GridData data = (GridData) header.getLayoutData();
        int shift = -scroller.getOrigin().x;
        if (data.horizontalIndent != shift) {
            data.horizontalIndent = shift;
            frame.layout(true);
        }
    }

    private void header(List<ModuleInfo> modules) {
        Label corner = new Label(header, SWT.NONE);
        corner.setText(messages.get("modules.regionColumn"));
        GridData cornerData = new GridData(SWT.BEGINNING, SWT.END, false, false);
        cornerData.horizontalIndent = COLUMN_GAP;
        corner.setLayoutData(cornerData);
        for (ModuleInfo module : modules) {
            Label label = new Label(header, SWT.WRAP | SWT.CENTER);
            String title = title(module);
            label.setText(module.kind() == ModuleKind.CORE ? messages.get("modules.core", title) : title);
            label.setToolTipText(messages.get("modules.origin", module.origin(), String.join(", ", module.bundles())));
            GridData data = new GridData(SWT.FILL, SWT.END, false, false);
            data.horizontalIndent = COLUMN_GAP;
            data.widthHint = wrappedWidth(label);
            label.setLayoutData(data);
        }
    }

    private void row(Region region, List<ModuleInfo> modules) {
        boolean own = region.code().equals(ownRegion);
        Label name = new Label(cell(region), SWT.NONE);
        name.setText(region.prefix() + " " + region.name(locale));
        if (own) {
            name.setToolTipText(messages.get("modules.ownRegion", region.name(locale)));
            name.setBackground(OWN_REGION);
        }
        name.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, true));
        for (ModuleInfo module : modules) {
            boolean core = module.kind() == ModuleKind.CORE;
            Button box = new Button(cell(region), SWT.CHECK);
            box.setSelection(core || module.enabledRegions().contains(region.code()));
            // Outside the user's scope the box shows the state but cannot be changed.
            box.setEnabled(!core && mayChange.test(region.code()));
            box.setData(MODULE, module.id());
            box.setData(REGION, region.code());
            box.setToolTipText(messages.get("modules.cell", title(module), region.name(locale)));
            box.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
            if (box.getEnabled()) {
                box.addListener(SWT.Selection, event -> {
                    // Pending until the manager answers and the grid is rebuilt.
                    ticked = new Cell(module.id(), region.code());
                    box.setEnabled(false);
                    toggle.toggle(module, region, box.getSelection());
                });
            }
        }
    }

    private void refocus(String module, String region) {
        Control box = box(module, region);
        if (box != null) {
            box.setFocus();
        }
    }

    private Control box(String module, String region) {
        for (Control cell : grid.getChildren()) {
            if (cell instanceof Composite composite) {
                for (Control box : composite.getChildren()) {
                    if (module.equals(box.getData(MODULE)) && region.equals(box.getData(REGION))) {
                        return box;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Runs a change of what is above the grid (the outcome of a tick appearing), keeping the ticked
     * box where it was on the screen, under the pointer: else the rows moved down by a line and a
     * second click landed on the region above.
     */
    void keepingTickedInPlace(Runnable change) {
        Control before = ticked == null ? null : box(ticked.module(), ticked.region());
        if (before == null) {
            change.run();
            return;
        }
        int y = before.toDisplay(0, 0).y;
        change.run();
        if (!before.isDisposed()) {
            Point origin = scroller.getOrigin();
            scroller.setOrigin(origin.x, Math.max(0, origin.y + before.toDisplay(0, 0).y - y));
        }
    }

    /** Our modules have names in the three languages; a vendor's module shows the title its jar gives. */
    private String title(ModuleInfo module) {
        String key = "module." + module.id();
        String known = messages.contains(key) ? messages.get(key) : module.title();
        return known.isBlank() || known.equals(module.id()) ? module.id() : known + " (" + module.id() + ")";
    }

    /**
     * The parent of one widget of a region's row, filling its column. In the user's own region it
     * is coloured: colouring a check box itself would hide its checked look in some GTK themes.
     */
    private Composite cell(Region region) {
        Composite cell = new Composite(grid, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        // Lines the contents up with the column header.
        layout.marginLeft = COLUMN_GAP;
        cell.setLayout(layout);
        cell.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
        if (region.code().equals(ownRegion)) {
            cell.setBackground(OWN_REGION);
        }
        return cell;
    }

    /**
     * The width at which a module header wraps: long titles take a few lines rather than widen the
     * grid, but no word is broken.
     */
    private static int wrappedWidth(Label header) {
        GC gc = new GC(header);
        try {
            int width = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * HEADER_LINE_CHARS);
            for (String word : header.getText().split("\\s+")) {
                width = Math.max(width, gc.textExtent(word).x);
            }
            return Math.min(width, header.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        } finally {
            gc.dispose();
        }
    }
}
