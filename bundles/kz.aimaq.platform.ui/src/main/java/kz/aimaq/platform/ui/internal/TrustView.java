package kz.aimaq.platform.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.TrustStore;
import kz.aimaq.platform.api.TrustedCertificate;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The add-on trust store: the certificates whose signed jars {@code deploy/} installs. Only a
 * national administrator sees it; adding and removing are audited by the store.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = "kz.aimaq.platform.ui.trust", title = "%view.trust", perspective = Perspectives.ADMIN,
        stack = Stacks.BOTTOM, position = 30, role = UserContext.ROLE_NATIONAL_ADMIN)
public final class TrustView implements View {

    private final AdminServices services;
    private AdminTable<TrustedCertificate> table;
    private volatile List<TrustedCertificate> shown = List.of();
    private Messages messages;

    @Activate
    public TrustView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        this.messages = viewSite.messages();
        table = new AdminTable<>(parent, viewSite, services, 2, new AdminTable.Source<>(List.of("trust.subject",
                "trust.sha256", "trust.expires", "trust.file"), s -> s.trustStore().map(TrustStore::certificates),
                "trust.absent", this::rows));
        Widgets.button(table.form(), messages, "trust.add", this::chooseCertificate);
        Widgets.button(table.form(), messages, "trust.remove", this::removeSelected);
    }

    private List<String[]> rows(List<TrustedCertificate> certificates) {
        shown = List.copyOf(certificates);
        List<String[]> rows = new ArrayList<>();
        for (TrustedCertificate c : certificates) {
            rows.add(new String[] {c.subject(), c.sha256(), c.notAfter().toString(), c.file()});
        }
        return rows;
    }

    private void chooseCertificate() {
        FileDialog dialog = new FileDialog(table.shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.crt;*.pem;*.cer", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            add(Path.of(chosen));
        }
    }

    /** Adds the certificate in the file, off the UI thread, and says what became of it. */
    void add(Path file) {
        table.change(AdminServices::trustStore, "trust.absent", "trust.refused", store -> {
            TrustedCertificate added = store.add(file);
            return messages.get("trust.added", added.subject(), added.sha256());
        });
    }

    /** Removes the certificate of the selected row. */
    void removeSelected() {
        int index = table.rows().getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            table.show(messages.get("trust.selectFirst"), true);
            return;
        }
        TrustedCertificate chosen = shown.get(index);
        table.change(AdminServices::trustStore, "trust.absent", "trust.refused", store -> {
            store.remove(chosen.sha256());
            return messages.get("trust.removed", chosen.subject());
        });
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
}
