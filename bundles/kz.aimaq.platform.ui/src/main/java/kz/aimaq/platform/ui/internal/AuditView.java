package kz.aimaq.platform.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The installation's audit log, newest first: every change and every refusal, filtered by
 * user, action, unit and days; the chain checked on request; the shown entries exported.
 * National administrators read the whole log; a regional administrator the entries that concern
 * units of their scope ({@link kz.aimaq.platform.api.AuditEntry#concerns}).
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = "kz.aimaq.platform.ui.audit", title = "%view.audit", perspective = Perspectives.ADMIN,
        stack = Stacks.BOTTOM, position = 20, role = UserContext.ROLE_ANY_ADMIN)
public final class AuditView implements View {

    /** The newest this many matches are shown; the export takes every match. */
    static final int SHOWN = 2000;

    private final AdminServices services;
    private AdminTable<AuditEntry> table;
    private Messages messages;
    private ViewSite site;
    private Text user;
    private Text action;
    private Text unit;
    private Text from;
    private Text to;
    private volatile AuditQuery query = new AuditQuery(null, null, null, null, null, SHOWN);

    @Activate
    public AuditView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        this.site = viewSite;
        this.messages = viewSite.messages();
        DateTimeFormatter when = Widgets.dateTime(messages.locale());
        table = new AdminTable<>(parent, viewSite, services, 13, new AdminTable.Source<>(List.of("audit.seq",
                "audit.when", "audit.who", "audit.action", "audit.outcome", "audit.target", "audit.before",
                "audit.after"), s -> s.auditLog().map(log -> log.entries(query, site.user().scope())), "audit.absent",
                entries -> newestFirst(entries, when)));
        Composite filters = table.form();
        user = Widgets.field(filters, messages, "audit.filter.user", 100, "filter");
        action = Widgets.field(filters, messages, "audit.filter.action", 120, "filter");
        unit = Widgets.field(filters, messages, "audit.filter.unit", 90, "filter");
        from = Widgets.field(filters, messages, "audit.filter.from", 90, "filter");
        to = Widgets.field(filters, messages, "audit.filter.to", 90, "filter");
        Widgets.button(filters, messages, "audit.filter.apply", this::applyFilters);
        Widgets.button(filters, messages, "audit.verify", this::verify);
        Widgets.button(filters, messages, "audit.export", this::chooseExportFile);
        for (Text text : List.of(user, action, unit, from, to)) {
            text.addListener(SWT.DefaultSelection, e -> applyFilters());
        }
    }

    /** Reads the filter fields; a day that cannot be read is named in the status line and nothing is queried. */
    void applyFilters() {
        try {
            query = new AuditQuery(user.getText().trim(), action.getText().trim(), unit.getText().trim(),
                    day(from.getText(), 0, "audit.filter.from"), day(to.getText(), 1, "audit.filter.to"), SHOWN);
        } catch (IllegalArgumentException e) {
            table.show(e.getMessage(), true);
            return;
        }
        table.show("", false);
        table.refresh();
    }

    /** The start of the given day in this computer's time zone; {@code to} takes the whole day. */
    private Instant day(String text, int daysAfter, String fieldKey) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).plusDays(daysAfter).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.get("audit.filter.badDay", messages.get(fieldKey), text.trim()));
        }
    }

    /** Checks the whole chain off the UI thread and says what it found. */
    void verify() {
        table.show(messages.get("audit.verify.running"), false);
        services.live().read(() -> {
            String text;
            boolean broken;
            try {
                AuditCheck check = services.auditLog().map(AuditLog::verify).orElse(null);
                broken = check == null || !check.isIntact();
                text = check == null ? messages.get("audit.absent")
                        : check.isIntact() ? messages.get("audit.verify.intact", check.checked())
                        : messages.get("audit.verify.broken", check.firstBroken(), check.problem());
            } catch (UnsupportedOperationException e) {
                broken = true;
                text = messages.get("audit.verify.noChain");
            } catch (RuntimeException e) {
                services.live().logFailure("Checking the audit log failed", e);
                broken = true;
                text = messages.get("read.failed", String.valueOf(e.getMessage()));
            }
            String shown = text;
            boolean error = broken;
            site.asyncExec(() -> table.show(shown, error));
        });
    }

    private void chooseExportFile() {
        FileDialog dialog = new FileDialog(table.shell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.csv"});
        dialog.setFileName("audit.csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen));
        }
    }

    /** Writes every entry that matches the filters (not only the shown ones) to the file, off the UI thread. */
    void export(Path file) {
        AuditQuery all = new AuditQuery(query.user(), query.action(), query.unit(), query.from(), query.to(), 0);
        services.live().read(() -> {
            String text;
            boolean error;
            try {
                List<AuditEntry> entries = services.auditLog().map(log -> log.entries(all, site.user().scope()))
                        .orElse(null);
                if (entries == null) {
                    text = messages.get("audit.absent");
                    error = true;
                } else {
                    AuditCsv.write(entries, file, messages);
                    text = messages.get("audit.exported", entries.size(), file.toString());
                    error = false;
                }
            } catch (IOException | RuntimeException e) {
                services.live().logFailure("Exporting the audit log to " + file + " failed", e);
                text = messages.get("audit.exportFailed", file.toString(), String.valueOf(e.getMessage()));
                error = true;
            }
            String shown = text;
            boolean failed = error;
            site.asyncExec(() -> table.show(shown, failed));
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

    private List<String[]> newestFirst(List<AuditEntry> entries, DateTimeFormatter when) {
        List<String[]> rows = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            rows.add(new String[] {entry.sequence() == 0 ? "" : Long.toString(entry.sequence()),
                when.format(entry.when()), entry.user(), entry.action(),
                messages.get(entry.refused() ? "audit.outcome.refused" : "audit.outcome.done"), entry.target(),
                entry.before(), entry.after()});
        }
        return rows;
    }
}
