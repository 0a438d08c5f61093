package kz.aimaq.tax.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The collection calendar of the unit in focus: for last year's and this year's taxes of each
 * fourth-level КБК, the due date (from the dated due-date table), how far it is or how long it
 * has passed, and who is late on it (accounts whose oldest unpaid liability fell due that day,
 * and what they owe). Tax officers see the late payers' count and sum, analysts the dates only.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = CalendarView.ID, title = "%view.calendar", perspective = TaxPerspective.ID,
        stack = Stacks.BOTTOM, position = 20)
public final class CalendarView implements View {

    static final String ID = "kz.aimaq.tax.ui.calendar";

    /** One due date: a КБК's tax of one year. */
    record Due(String kbk, String kbkName, int taxYear, LocalDate date, long lateAccounts, long lateTiyn) {
    }

    private final TaxService tax;
    private final Clock clock;
    private BackgroundWork work;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label message;
    private Table table;
    private volatile List<Due> shown;
    private volatile String shownUnit;

    @Activate
    public CalendarView(@Reference TaxService tax) {
        this(tax, Clock.systemDefaultZone());
    }

    CalendarView(TaxService tax, Clock clock) {
        this.tax = tax;
        this.clock = clock;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        work = new BackgroundWork("tax calendar", (what, e) -> site.asyncExec(
                () -> MessageLabels.show(message, messages.get("failed"), true)));
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        message = MessageLabels.create(root);
        table = TaxUi.table(root, messages, new String[] {"column.kbk", "column.year", "column.due",
            "calendar.status", "calendar.late", "calendar.owed"}, new int[] {380, 60, 100, 200, 190, 170}, 0);
        site.onSelection(unit -> reload());
        reload();
    }

    @Override
    public void dispose() {
        if (work != null) {
            work.close();
        }
    }

    List<Due> shown() {
        return shown;
    }

    String shownUnit() {
        return shownUnit;
    }

    private void reload() {
        Optional<String> unit = TaxUi.unitInFocus(site);
        if (unit.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        work.run(() -> {
            List<Arrears> arrears;
            try {
                arrears = tax.arrears(unit.get(), today);
            } catch (NotPermittedException e) {
                arrears = null;
            }
            List<Due> dues = dues(today, arrears);
            boolean personal = arrears != null;
            site.asyncExec(() -> show(unit.get(), dues, today, personal));
        });
    }

    /** The due dates of last year's and this year's taxes, with the accounts late on each. */
    private List<Due> dues(LocalDate today, List<Arrears> arrears) {
        Map<String, String> names = TaxUi.kbkNames(tax, locale);
        List<Due> dues = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            for (ReferenceRow kbk : tax.referenceTable("kbk")) {
                List<String> k = kbk.values();
                if (!kbk.appliesOn(jan1) || !k.get(3).equals("4")) {
                    continue;
                }
                for (ReferenceRow due : tax.referenceTable("due_dates")) {
                    List<String> d = due.values();
                    if (due.appliesOn(jan1) && d.get(0).equals(k.get(1)) && d.get(1).equals(k.get(2))) {
                        LocalDate date = MonthDay.parse("--" + d.get(2)).atYear(year + Integer.parseInt(d.get(3)));
                        long accounts = 0;
                        long owed = 0;
                        if (arrears != null) {
                            for (Arrears a : arrears) {
                                if (a.kbk().equals(k.get(0)) && date.equals(a.oldestDue())) {
                                    accounts++;
                                    owed += a.totalTiyn();
                                }
                            }
                        }
                        dues.add(new Due(k.get(0), names.getOrDefault(k.get(0), k.get(0)), year, date, accounts, owed));
                    }
                }
            }
        }
        dues.sort(java.util.Comparator.comparing(Due::date).thenComparing(Due::kbk));
        return dues;
    }

    private void show(String unit, List<Due> dues, LocalDate today, boolean personal) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (Due d : dues) {
            long days = ChronoUnit.DAYS.between(today, d.date());
            String status = days > 0 ? messages.get("calendar.dueIn", days) : days == 0 ? messages.get("calendar.dueToday")
                    : messages.get("calendar.passed", -days);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {d.kbk() + " " + d.kbkName(), Integer.toString(d.taxYear()), d.date().toString(),
                status, personal ? Long.toString(d.lateAccounts()) : "", personal ? TaxUi.money(d.lateTiyn(), locale) : ""});
            if (days < 0 && d.lateAccounts() > 0) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        MessageLabels.show(message, personal ? messages.get("calendar.note", today.toString())
                : messages.get("dashboard.aggregatesOnly"), false);
        shown = dues;
        shownUnit = unit;
    }
}
