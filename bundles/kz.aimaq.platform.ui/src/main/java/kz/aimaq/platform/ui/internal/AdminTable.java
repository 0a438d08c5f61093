package kz.aimaq.platform.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * What the admin views of one platform service share: a form row for the view's fields and
 * buttons, a status line, and a table of what the service reports, kept current (read off the UI
 * thread whenever the services change, a notice when the service is absent or reading fails).
 * Changes run off the UI thread; their outcome (done, refused, failed) is said in the status
 * line before the table is read again.
 *
 * @param <T> what the table shows a row of
 */
final class AdminTable<T> {

    /**
     * What the table shows.
     *
     * @param headerKeys the columns' header keys
     * @param read       the service's report, empty while the service is absent
     * @param absentKey  the notice shown while it is absent
     * @param rows       the report as rows of cells
     */
    record Source<T>(List<String> headerKeys, Function<AdminServices, Optional<List<T>>> read, String absentKey,
            Function<List<T>, List<String[]>> rows) {
    }

    /** A change to the service; returns what to say when it is done. */
    interface Change<S> {
        String apply(S service) throws IOException;
    }

    private final ViewSite site;
    private final AdminServices services;
    private final Messages messages;
    private final Composite form;
    private final Label status;
    private final NoticeTable table;
    private final LiveModel.Following following;

    /** Builds the view into {@code parent}; a form row of {@code formColumns} columns, none if 0. */
    AdminTable(Composite parent, ViewSite site, AdminServices services, int formColumns, Source<T> source) {
        this.site = site;
        this.services = services;
        this.messages = site.messages();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        form = new Composite(root, SWT.NONE);
        form.setLayout(new GridLayout(Math.max(1, formColumns), false));
        GridData formData = new GridData(SWT.FILL, SWT.TOP, true, false);
        formData.exclude = formColumns == 0;
        form.setLayoutData(formData);
        form.setVisible(formColumns > 0);
        status = MessageLabels.create(root);
        table = new NoticeTable(root, source.headerKeys().stream().map(messages::get).toList());
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        following = services.live().follow(site, () -> source.read().apply(services), report -> {
            if (table.isDisposed()) {
                return;
            }
            if (report.isEmpty()) {
                table.showRows(List.of());
                table.showNotice(messages.get(source.absentKey()));
            } else {
                table.showRows(source.rows().apply(report.get()));
            }
        }, failure -> {
            if (!table.isDisposed()) {
                table.showNotice(messages.get("read.failed", String.valueOf(failure)));
            }
        });
    }

    /** The row above the table for the view's fields and buttons. */
    Composite form() {
        return form;
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
            } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException | IOException e) {
                // IllegalStateException: the server refused (a login that exists, no right to create roles)
                text = messages.get(refusedKey, e.getMessage());
            } catch (RuntimeException e) {
                services.live().logFailure("A change in admin view " + site.id() + " failed", e);
                text = messages.get("read.failed", String.valueOf(e.getMessage()));
            }
            String said = text;
            boolean failed = error;
            site.asyncExec(() -> {
                show(said, failed);
                refresh();
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

    /** Reads the table again now, e.g. after the view's filters changed. */
    void refresh() {
        following.refresh();
    }

    /** The rows, e.g. to read the selection. */
    Table rows() {
        return table.table();
    }

    Shell shell() {
        return status.getShell();
    }

    void setFocus() {
        if (!table.isDisposed()) {
            table.setFocus();
        }
    }

    void dispose() {
        following.close();
    }
}
