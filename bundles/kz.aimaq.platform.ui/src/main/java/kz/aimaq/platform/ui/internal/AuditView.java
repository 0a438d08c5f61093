package kz.aimaq.platform.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;

/** The audit trail of administrative changes, newest first. */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = "kz.aimaq.platform.ui.audit", title = "%view.audit", perspective = Perspectives.ADMIN,
        stack = Stacks.BOTTOM, position = 20, role = UserContext.ROLE_ADMIN)
public final class AuditView implements View {

    private final AdminServices services;
    private ServiceTable<AuditEntry> table;

    @Activate
    public AuditView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        DateTimeFormatter when = Widgets.dateTime(site.messages().locale());
        table = new ServiceTable<>(parent, site, services, List.of("audit.when", "audit.who", "audit.action",
                "audit.target", "audit.before", "audit.after"), s -> s.auditLog().map(AuditLog::entries),
                "audit.absent", entries -> newestFirst(entries, when));
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

    private static List<String[]> newestFirst(List<AuditEntry> entries, DateTimeFormatter when) {
        List<String[]> rows = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            rows.add(new String[] {when.format(entry.when()), entry.user(), entry.action(), entry.target(),
                entry.before(), entry.after()});
        }
        return rows;
    }
}
