package kz.aimaq.platform.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;

/** Every installed bundle with its module and state, as the module manager reports them. */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = "kz.aimaq.platform.ui.bundles", title = "%view.bundles", perspective = Perspectives.ADMIN,
        stack = Stacks.BOTTOM, position = 10, role = UserContext.ROLE_NATIONAL_ADMIN)
public final class BundlesView implements View {

    private final AdminServices services;
    private AdminTable<BundleInfo> table;

    @Activate
    public BundlesView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        Messages messages = site.messages();
        table = new AdminTable<>(parent, site, services, 0, new AdminTable.Source<>(List.of("bundles.id",
                "bundles.name", "bundles.version", "bundles.module", "bundles.state"),
                s -> s.moduleManager().map(ModuleManager::bundles), "manager.absent", bundles -> byId(bundles, messages)));
    }

    @Override
    public void setFocus() {
        if (table != null) {
            table.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (table != null) {
            table.dispose();
        }
    }

    private static List<String[]> byId(List<BundleInfo> bundles, Messages messages) {
        List<BundleInfo> sorted = new ArrayList<>(bundles);
        sorted.sort(Comparator.comparingLong(BundleInfo::id));
        List<String[]> rows = new ArrayList<>();
        for (BundleInfo bundle : sorted) {
            rows.add(new String[] {String.valueOf(bundle.id()), bundle.symbolicName(), bundle.version(),
                bundle.module(), state(bundle.state(), messages)});
        }
        return rows;
    }

    /** The framework's state name in the user's language, or as reported if unknown. */
    private static String state(String state, Messages messages) {
        String key = "state." + state;
        return messages.contains(key) ? messages.get(key) : state;
    }
}
