package kz.aimaq.reporting.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;

/**
 * A view's site in a test window of tabs, one per view, as the shell stacks them: showing a view
 * selects its tab (the tab's data is the view id); a view that has no tab is not there.
 */
final class TabbedSite implements ViewSite {

    private final TestViewSite site;
    private final CTabFolder folder;
    private final List<String> shown;

    TabbedSite(TestViewSite site, CTabFolder folder, List<String> shown) {
        this.site = site;
        this.folder = folder;
        this.shown = shown;
    }

    /** The ids of the views asked for, in order, the absent ones too. */
    static List<String> record() {
        return new ArrayList<>();
    }

    @Override
    public boolean showView(String viewId) {
        shown.add(viewId);
        for (CTabItem item : folder.getItems()) {
            if (viewId.equals(item.getData())) {
                folder.setSelection(item);
                return true;
            }
        }
        return false;
    }

    @Override
    public String id() {
        return site.id();
    }

    @Override
    public UserContext user() {
        return site.user();
    }

    @Override
    public Messages messages() {
        return site.messages();
    }

    @Override
    public Optional<SelectedUnit> selection() {
        return site.selection();
    }

    @Override
    public void select(SelectedUnit unit) {
        site.select(unit);
    }

    @Override
    public void onSelection(Consumer<SelectedUnit> listener) {
        site.onSelection(listener);
    }

    @Override
    public void asyncExec(Runnable task) {
        site.asyncExec(task);
    }

    @Override
    public void showStatus(String message) {
        site.showStatus(message);
    }
}
