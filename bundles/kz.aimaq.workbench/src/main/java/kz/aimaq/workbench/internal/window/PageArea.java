package kz.aimaq.workbench.internal.window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;

import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;
import kz.aimaq.workbench.internal.model.ViewDescriptor;
import kz.aimaq.workbench.internal.model.WorkbenchState;

/**
 * The perspectives' pages (one shown at a time) and the view tabs in their stacks: which
 * views are open where, which the user closed and which tab each stack shows.
 */
final class PageArea {

    static final Comparator<ViewDescriptor> VIEW_ORDER =
            Comparator.comparingInt(ViewDescriptor::position).thenComparing(ViewDescriptor::id);

    private final WindowContext context;
    private final Composite composite;
    private final Function<ImageData, Image> images;
    private final Consumer<String> status;
    private final Predicate<String> viewOpener;
    private final Consumer<ViewTab> progressed;
    private final Runnable changed;
    private final Map<String, PerspectivePage> pages = new LinkedHashMap<>();
    private final ShownPageLayout pageLayout = new ShownPageLayout();
    private final Map<String, ViewTab> tabs = new HashMap<>();
    private final Set<String> closedViews;
    private final Map<String, String> selectedTabs;
    private String active;
    /**
     * The perspective the user left the window in, while its module has not registered it yet (modules
     * start behind the window): shown when it comes, unless the user has chosen a page by then.
     */
    private String restoring;
    /** While a tab closes: the tab its stack selects instead is not the user's choice. */
    private boolean closing;

    /**
     * @param viewOpener what a view's site calls to bring another view to the front
     * @param progressed told when a tab has been built, has its content, failed or closed
     * @param changed    told when the user opened or closed a view, so menus follow
     */
    PageArea(Composite parent, WindowContext context, WorkbenchState state, Function<ImageData, Image> images,
            Consumer<String> status, Predicate<String> viewOpener, Consumer<ViewTab> progressed, Runnable changed) {
        this.context = context;
        this.viewOpener = viewOpener;
        this.images = images;
        this.status = status;
        this.progressed = progressed;
        this.changed = changed;
        composite = new Composite(parent, SWT.NONE);
        composite.setLayout(pageLayout);
        closedViews = new HashSet<>(state.closedViews());
        selectedTabs = new HashMap<>(state.selectedTabs());
        active = state.perspective() == null ? Perspectives.HOME : state.perspective();
        restoring = active;
    }

    Composite control() {
        return composite;
    }

    String activePerspective() {
        return active;
    }

    Set<String> closedViews() {
        return Set.copyOf(closedViews);
    }

    Map<String, String> selectedTabs() {
        return Map.copyOf(selectedTabs);
    }

    boolean isOpen(String viewId) {
        return tabs.containsKey(viewId);
    }

    /** Whether the view has a tab that has its content (or failed). */
    boolean isSettled(String viewId) {
        ViewTab tab = tabs.get(viewId);
        return tab != null && tab.isSettled();
    }

    boolean isBuilt(String viewId) {
        ViewTab tab = tabs.get(viewId);
        return tab != null && tab.isBuilt();
    }

    /** Whether the view has a tab the user cannot see now: another tab or page is in front. */
    boolean isHidden(String viewId) {
        ViewTab tab = tabs.get(viewId);
        return tab != null && !isVisible(tab);
    }

    /** Tabs shown right now whose view is still being looked up or built. */
    List<ViewTab> pendingVisibleTabs() {
        return tabs.values().stream().filter(t -> !t.isSettled() && isVisible(t)).toList();
    }

    /** Brings pages and tabs in line with the perspectives and views that may be shown. */
    void reconcile(List<PerspectiveDescriptor> perspectives, List<ViewDescriptor> views) {
        Map<String, PerspectiveDescriptor> wantedPages = new HashMap<>();
        perspectives.forEach(p -> wantedPages.put(p.id(), p));
        for (String id : new ArrayList<>(pages.keySet())) {
            if (wantedPages.get(id) != pages.get(id).descriptor()) {
                tabs.values().stream().filter(t -> pageOf(t).equals(id)).toList()
                        .forEach(t -> closeTab(t.descriptor().id()));
                pages.remove(id).dispose();
            }
        }
        for (PerspectiveDescriptor p : perspectives) {
            pages.computeIfAbsent(p.id(), id -> new PerspectivePage(composite, p,
                    (stack, item) -> tabSelected(id, stack, item),
                    (stack, item) -> userClosed((String) item.getData(ViewTab.VIEW_ID))));
        }
        if (restoring != null && pages.containsKey(restoring)) {
            active = restoring;
            restoring = null;
        }
        if (!pages.containsKey(active)) {
            active = Perspectives.HOME;
        }
        Map<String, ViewDescriptor> wanted = new HashMap<>();
        views.forEach(v -> wanted.put(v.id(), v));
        for (ViewTab tab : new ArrayList<>(tabs.values())) {
            ViewDescriptor descriptor = wanted.get(tab.descriptor().id());
            if (descriptor != tab.descriptor() || closedViews.contains(descriptor.id())
                    || tab.item().getParent() != folderFor(descriptor)) {
                closeTab(tab.descriptor().id());
            }
        }
        views.stream().filter(v -> !closedViews.contains(v.id()) && !tabs.containsKey(v.id()))
                .sorted(VIEW_ORDER).forEach(this::openTab);
        show(active);
    }

    /** The user's choice of page. */
    void showPerspective(String id) {
        restoring = null;
        show(id);
    }

    private void show(String id) {
        PerspectivePage page = pages.get(id);
        if (page == null) {
            return;
        }
        active = id;
        page.updateLayout();
        pageLayout.show(page.control());
        composite.layout(true);
        for (CTabFolder folder : page.folders().values()) {
            CTabItem selected = folder.getSelection();
            if (selected != null) {
                tabs.get((String) selected.getData(ViewTab.VIEW_ID)).ensureCreated();
            }
        }
    }

    /** Opens a view and brings it to front, or closes it and remembers that the user did. */
    void setViewOpen(String viewId, boolean open, List<PerspectiveDescriptor> perspectives,
            List<ViewDescriptor> views) {
        if (!open) {
            userClosed(viewId);
            return;
        }
        restoring = null;
        closedViews.remove(viewId);
        reconcile(perspectives, views);
        ViewTab tab = tabs.get(viewId);
        if (tab != null) {
            tab.item().getParent().setSelection(tab.item());
            showPerspective(pageOf(tab));
        }
    }

    private void userClosed(String viewId) {
        if (viewId == null) {
            return;
        }
        closedViews.add(viewId);
        closeTab(viewId);
        show(active);
        changed.run();
    }

    void relocalize() {
        tabs.values().forEach(ViewTab::relocalize);
    }

    void closeAll() {
        new ArrayList<>(tabs.keySet()).forEach(this::closeTab);
    }

    private void openTab(ViewDescriptor view) {
        CTabFolder folder = folderFor(view);
        int index = 0;
        for (CTabItem item : folder.getItems()) {
            ViewTab other = (ViewTab) item.getData(ViewTab.class.getName());
            if (VIEW_ORDER.compare(other.descriptor(), view) < 0) {
                index++;
            }
        }
        ViewTab tab = new ViewTab(view, folder, index, images.apply(view.icon()), context, status, viewOpener,
                progressed);
        tabs.put(view.id(), tab);
        // the tab the user last chose in this stack, or else the first by position, whatever order the views came in
        String chosen = selectedTabs.get(pageOf(tab) + "/" + folder.getData(PerspectivePage.STACK));
        if (view.id().equals(chosen) || (chosen == null && index == 0)) {
            folder.setSelection(tab.item());
        }
    }

    private void closeTab(String viewId) {
        ViewTab tab = tabs.remove(viewId);
        if (tab != null) {
            closing = true;
            try {
                tab.close();
            } finally {
                closing = false;
            }
            progressed.accept(tab);
        }
    }

    private void tabSelected(String perspective, String stack, CTabItem item) {
        String viewId = (String) item.getData(ViewTab.VIEW_ID);
        if (perspective.equals(active) && !closing) {
            // only a choice made where the user can see it is remembered: SWT also selects the first
            // tab that arrives in a hidden perspective's empty stack, and the neighbour of a tab
            // closing (the framework stopping at log-out closes them all, view by view)
            selectedTabs.put(perspective + "/" + stack, viewId);
        }
        ViewTab tab = tabs.get(viewId);
        if (tab != null) {
            tab.ensureCreated();
            tab.focus();
        }
    }

    private boolean isVisible(ViewTab tab) {
        return pageOf(tab).equals(active) && tab.item().getParent().getSelection() == tab.item();
    }

    /** The perspective whose page shows the view: its own, or home when that is not there. */
    String perspectiveOf(ViewDescriptor view) {
        return pages.containsKey(view.perspective()) ? view.perspective() : Perspectives.HOME;
    }

    private CTabFolder folderFor(ViewDescriptor view) {
        PerspectivePage page = pages.get(view.perspective());
        return (page == null ? pages.get(Perspectives.HOME) : page).folder(view.stack());
    }

    private static String pageOf(ViewTab tab) {
        return (String) tab.item().getParent().getData(PerspectivePage.PERSPECTIVE_ID);
    }
}
