package kz.aimaq.platform.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
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
    private Messages messages;
    private DateTimeFormatter when;
    private NoticeTable table;
    private Refresher<Optional<List<AuditEntry>>> refresher;

    @Activate
    public AuditView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        messages = site.messages();
        when = Widgets.dateTime(messages.locale());
        table = new NoticeTable(parent, List.of(messages.get("audit.when"), messages.get("audit.who"),
                messages.get("audit.action"), messages.get("audit.target"), messages.get("audit.before"),
                messages.get("audit.after")));
        refresher = new Refresher<>(services, site, s -> s.auditLog().map(AuditLog::entries), this::show,
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

    private void show(Optional<List<AuditEntry>> entries) {
        if (table.isDisposed()) {
            return;
        }
        if (entries.isEmpty()) {
            table.showRows(List.of());
            table.showNotice(messages.get("audit.absent"));
            return;
        }
        List<AuditEntry> all = entries.get();
        List<String[]> rows = new ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            AuditEntry entry = all.get(i);
            rows.add(new String[] {when.format(entry.when()), entry.user(), entry.action(), entry.target(),
                entry.before(), entry.after()});
        }
        table.showRows(rows);
    }
}
