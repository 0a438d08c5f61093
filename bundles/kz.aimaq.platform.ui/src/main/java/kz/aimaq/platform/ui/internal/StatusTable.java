package kz.aimaq.platform.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * What the admin views that change a platform service share: a status line over a
 * {@link ServiceTable} of the service, and changes run off the UI thread whose outcome (done,
 * refused, failed) is said in the status line before the table is read again.
 *
 * @param <T> what the table shows a row of
 */
final class StatusTable<T> {

    /** A change to the service; returns what to say when it is done. */
    interface Change<S> {
        String apply(S service) throws IOException;
    }

    private final ViewSite site;
    private final AdminServices services;
    private final Messages messages;
    private final Label status;
    private final ServiceTable<T> table;

    /**
     * Builds the status line and the table into {@code root} (a one-column grid), below what
     * the view put there before.
     *
     * @see ServiceTable#ServiceTable the other parameters
     */
    StatusTable(Composite root, ViewSite site, AdminServices services, List<String> headerKeys,
            Function<AdminServices, Optional<List<T>>> read, String absentKey, Function<List<T>, List<String[]>> rows) {
        this.site = site;
        this.services = services;
        this.messages = site.messages();
        status = MessageLabels.create(root);
        table = new ServiceTable<>(root, site, services, headerKeys, read, absentKey, rows);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /**
     * Applies {@code change} to the service off the UI thread. A refusal (no right, a bad value,
     * an unreadable file) is said with {@code refusedKey}, the service's absence with
     * {@code absentKey}; anything else is logged and said as a failure.
     */
    <S> void change(Function<AdminServices, Optional<S>> service, String absentKey, String refusedKey,
            Change<S> change) {
        services.live().read(() -> {
            String text;
            boolean error = true;
            try {
                Optional<S> current = service.apply(services);
                if (current.isEmpty()) {
                    text = messages.get(absentKey);
                } else {
                    text = change.apply(current.get());
                    error = false;
                }
            } catch (AccessDeniedException | IllegalArgumentException | IOException e) {
                text = messages.get(refusedKey, e.getMessage());
            } catch (RuntimeException e) {
                services.live().logFailure("A change in admin view " + site.id() + " failed", e);
                text = messages.get("read.failed", String.valueOf(e.getMessage()));
            }
            String said = text;
            boolean failed = error;
            site.asyncExec(() -> {
                show(said, failed);
                table.refresh();
            });
        });
    }

    /** Says {@code text} in the status line (empty hides it); call on the UI thread. */
    void show(String text, boolean error) {
        if (!status.isDisposed()) {
            MessageLabels.show(status, text, error);
            status.getParent().layout(true, true);
        }
    }

    /** Reads the table again now. */
    void refresh() {
        table.refresh();
    }

    /** The rows, e.g. to read the selection. */
    Table rows() {
        return table.rows();
    }

    Shell shell() {
        return status.getShell();
    }

    void setFocus() {
        table.setFocus();
    }

    void dispose() {
        table.dispose();
    }
}
