package kz.aimaq.platform.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        stack = Stacks.BOTTOM, position = 10, role = UserContext.ROLE_ADMIN)
public final class BundlesView implements View {

    private final AdminServices services;
    private Messages messages;
    private NoticeTable table;
    private Refresher<Optional<List<BundleInfo>>> refresher;

    @Activate
    public BundlesView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        messages = site.messages();
        table = new NoticeTable(parent, List.of(messages.get("bundles.id"), messages.get("bundles.name"),
                messages.get("bundles.version"), messages.get("bundles.module"), messages.get("bundles.state")));
        refresher = new Refresher<>(services, site, s -> s.moduleManager().map(ModuleManager::bundles), this::show,
                failure -> {
                    if (!table.isDisposed()) {
                        table.showNotice(messages.get("read.failed", String.valueOf(failure)));
                    }
                });
        refresher.start();
    }

    @Override
    public void setFocus() {
        if (table != null && !table.isDisposed()) {
            table.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (refresher != null) {
            refresher.stop();
        }
    }

    private void show(Optional<List<BundleInfo>> bundles) {
        if (table.isDisposed()) {
            return;
        }
        if (bundles.isEmpty()) {
            table.showRows(List.of());
            table.showNotice(messages.get("manager.absent"));
            return;
        }
        List<BundleInfo> sorted = new ArrayList<>(bundles.get());
        sorted.sort(Comparator.comparingLong(BundleInfo::id));
        List<String[]> rows = new ArrayList<>();
        for (BundleInfo bundle : sorted) {
            rows.add(new String[] {String.valueOf(bundle.id()), bundle.symbolicName(), bundle.version(),
                bundle.module(), state(bundle.state())});
        }
        table.showRows(rows);
    }

    /** The framework's state name in the user's language, or as reported if unknown. */
    private String state(String state) {
        String key = "state." + state;
        return messages.contains(key) ? messages.get(key) : state;
    }
}
