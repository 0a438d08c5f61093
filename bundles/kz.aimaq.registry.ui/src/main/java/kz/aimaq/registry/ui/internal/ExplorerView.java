package kz.aimaq.registry.ui.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The registry explorer: search by code or any name above, the whole country as a lazy tree
 * below. Choosing a unit in either publishes the shared selection; a unit selected elsewhere
 * is revealed in the tree.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ExplorerView.ID, title = "%view.explorer", perspective = RegistryPerspective.ID,
        stack = Stacks.LEFT, position = 10)
public final class ExplorerView implements View {

    static final String ID = "kz.aimaq.registry.ui.explorer";

    private final RegistryAccess access;
    private ViewSite site;
    private Messages messages;
    private Composite root;
    private Label notice;
    private SearchBox search;
    private UnitTree tree;
    private LiveModel.Following following;

    @Activate
    public ExplorerView(@Reference RegistryAccess access) {
        this.access = access;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = viewSite.messages();
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        root.setLayout(layout);
        notice = MessageLabels.create(root);
        search = new SearchBox(root, access, viewSite, this::publish);
        tree = new UnitTree(root, access, viewSite, this::publish, this::showAvailability);
        tree.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewSite.onSelection(unit -> {
            if (!root.isDisposed()) {
                tree.reveal(unit.kato());
            }
        });
        following = access.live().follow(viewSite, this::reload);
        if (viewSite.selection().isEmpty()) {
            startWithOwnRegion(viewSite);
        }
    }

    @Override
    public void setFocus() {
        if (search != null && !search.text().isDisposed()) {
            search.text().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (following != null) {
            following.close();
        }
    }

    /**
     * A regional user starts with their region selected, so that the details, the map and the
     * scorecard show it rather than an empty screen; an administrator answers for no one region.
     */
    private static void startWithOwnRegion(ViewSite viewSite) {
        UserContext user = viewSite.user();
        Region own = user.region();
        if (own != null && !user.hasRole(UserContext.ROLE_ADMIN)) {
            viewSite.select(new SelectedUnit(own.code(), own.nameKk(), own.nameRu()));
        }
    }

    private void publish(Unit unit) {
        site.select(new SelectedUnit(unit.code(), unit.nameKk(), unit.nameRu()));
    }

    private void showAvailability(Optional<?> read) {
        if (!root.isDisposed()) {
            MessageLabels.show(notice, read.isPresent() ? "" : messages.get("registry.absent"), read.isEmpty());
        }
    }

    /** Reads the tree again, as at the start and when the registry comes or goes or units changed. */
    private void reload() {
        if (!root.isDisposed()) {
            tree.reload();
            site.selection().ifPresent(unit -> tree.reveal(unit.kato()));
        }
    }
}
