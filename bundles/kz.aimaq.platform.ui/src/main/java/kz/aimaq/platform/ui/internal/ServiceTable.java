package kz.aimaq.platform.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.ViewSite;

/**
 * A table of what one platform service reports, kept fresh: read off the UI thread whenever
 * the services change, a notice when the service is absent or reading fails.
 *
 * @param <T> what the service reports
 */
final class ServiceTable<T> {

    private final NoticeTable table;
    private final LiveModel.Following following;

    /**
     * @param headerKeys the columns' header keys
     * @param read       the service's report, empty while the service is absent
     * @param absentKey  the notice shown while it is absent
     * @param rows       the report as rows of cells
     */
    ServiceTable(Composite parent, ViewSite site, AdminServices services, List<String> headerKeys,
            Function<AdminServices, Optional<List<T>>> read, String absentKey,
            Function<List<T>, List<String[]>> rows) {
        Messages messages = site.messages();
        table = new NoticeTable(parent, headerKeys.stream().map(messages::get).toList());
        following = services.live().follow(site, () -> read.apply(services), report -> {
            if (table.isDisposed()) {
                return;
            }
            if (report.isEmpty()) {
                table.showRows(List.of());
                table.showNotice(messages.get(absentKey));
            } else {
                table.showRows(rows.apply(report.get()));
            }
        }, failure -> {
            if (!table.isDisposed()) {
                table.showNotice(messages.get("read.failed", String.valueOf(failure)));
            }
        });
    }

    /** Reads again now, e.g. after the view's filters changed. */
    void refresh() {
        following.refresh();
    }

    /** The table with its notice line, for the parent's layout. */
    Control control() {
        return table.control();
    }

    /** The rows, e.g. to read the selection. */
    Table rows() {
        return table.table();
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
