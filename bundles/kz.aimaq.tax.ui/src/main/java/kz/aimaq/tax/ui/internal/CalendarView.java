package kz.aimaq.tax.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
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
import kz.aimaq.tax.api.DueAccount;
import kz.aimaq.tax.api.DueTotal;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.tax.api.Taxpayer;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The collection calendar of the unit in focus: for last year's and this year's taxes of each
 * fourth-level КБК, the due date (from the dated due-date table), how far it is or how long it
 * has passed, and how many accounts still owe tax of it and how much (from the arrears summary,
 * for everyone). Tax officers whose scope covers the unit also see who: choosing a date lists the
 * taxpayers (IINs masked) who owe tax of it, with the tax and the penalty so far; that read is
 * audited by the service. Analysts see the counts and sums only.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = CalendarView.ID, title = "%view.calendar", perspective = TaxPerspective.ID,
        stack = Stacks.BOTTOM, position = 20)
public final class CalendarView implements View {

    static final String ID = "kz.aimaq.tax.ui.calendar";

    /** One due date: a КБК's tax of one year, with how many accounts still owe it and how much. */
    record Due(String kbk, String kbkName, int taxYear, LocalDate date, long accounts, long unpaidTiyn) {
    }

    private final TaxService tax;
    private final Clock clock;
    private BackgroundWork work;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label message;
    private Table table;
    private Label whoTitle;
    private Table who;
    private volatile List<Due> shown;
    private volatile String shownUnit;
    /** Who owes per due date, or {@code null} when the user may not see taxpayers. */
    private volatile List<DueAccount> owing;
    private volatile Map<String, String> names = Map.of();
    private volatile List<DueAccount> shownWho = List.of();

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
        work = TaxUi.work("tax calendar", site, messages, () -> message);
        Composite root = TaxUi.column(parent);
        message = MessageLabels.create(root);
        table = TaxUi.table(root, messages, new String[] {"column.kbk", "column.year", "column.due",
            "calendar.status", "calendar.late", "calendar.owed"}, new int[] {300, 50, 90, 170, 120, 140}, 230, "column.kbk");
        table.addListener(SWT.Selection, e -> showWho());
        whoTitle = new Label(root, SWT.WRAP);
        whoTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        who = TaxUi.table(root, messages, new String[] {"column.taxpayer", "column.name", "column.okrug",
            "column.principal", "column.penalty", "calendar.status"}, new int[] {120, 200, 90, 120, 100, 170}, 0,
            "column.name");
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

    /** The taxpayers listed for the chosen due date (none for users who may not see them). */
    List<DueAccount> shownWho() {
        return shownWho;
    }

    /** Chooses the row of a due date, as a click does. */
    void choose(String kbk, LocalDate date) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).kbk().equals(kbk) && shown.get(i).date().equals(date)) {
                table.setSelection(i);
                showWho();
                return;
            }
        }
    }

    private void reload() {
        Optional<String> unit = TaxUi.unitInFocus(site);
        if (unit.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        work.run(() -> {
            List<DueAccount> accounts;
            Map<String, String> taxpayerNames = new HashMap<>();
            try {
                accounts = tax.dueAccounts(unit.get(), today);
                for (String okrug : new TreeSet<>(accounts.stream().map(DueAccount::okrug).toList())) {
                    for (Taxpayer t : tax.taxpayers(okrug)) {
                        taxpayerNames.put(okrug + "|" + t.id(), t.name());
                    }
                }
            } catch (NotPermittedException e) {
                accounts = null;
            }
            List<Due> dues = dues(today, tax.dueTotals(unit.get()));
            List<DueAccount> listed = accounts;
            boolean synthetic = tax.hasSyntheticData(unit.get());
            site.asyncExec(() -> show(unit.get(), dues, today, listed, taxpayerNames, synthetic));
        });
    }

    /** The due dates of last year's and this year's taxes, with how many accounts still owe each. */
    private List<Due> dues(LocalDate today, List<DueTotal> totals) {
        Map<String, String> kbkNames = TaxUi.kbkNames(tax, locale);
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
                        DueTotal total = totals.stream().filter(t -> t.kbk().equals(k.get(0)) && t.dueDate().equals(date))
                                .findFirst().orElse(new DueTotal(k.get(0), date, 0, 0));
                        dues.add(new Due(k.get(0), kbkNames.getOrDefault(k.get(0), k.get(0)), year, date,
                                total.accounts(), total.unpaidTiyn()));
                    }
                }
            }
        }
        dues.sort(java.util.Comparator.comparing(Due::date).thenComparing(Due::kbk));
        return dues;
    }

    private String status(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days > 0 ? messages.get("calendar.dueIn", days) : days == 0 ? messages.get("calendar.dueToday")
                : messages.get("calendar.passed", -days);
    }

    private void show(String unit, List<Due> dues, LocalDate today, List<DueAccount> accounts,
            Map<String, String> taxpayerNames, boolean synthetic) {
        if (table.isDisposed()) {
            return;
        }
        List<TableItem> items = TaxUi.fill(table, dues.stream().map(d -> new String[] {d.kbk() + " " + d.kbkName(),
            Integer.toString(d.taxYear()), d.date().toString(), status(today, d.date()), Long.toString(d.accounts()),
            TaxUi.money(d.unpaidTiyn(), locale)}).toList());
        int firstOwed = -1;
        for (int i = 0; i < dues.size(); i++) {
            Due d = dues.get(i);
            if (d.date().isBefore(today) && d.accounts() > 0) {
                items.get(i).setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            if (firstOwed < 0 && d.accounts() > 0) {
                firstOwed = i;
            }
        }
        boolean personal = accounts != null;
        // demo data is said to be demo data wherever it shows, so that no one chases a made-up debtor
        MessageLabels.show(message, messages.get(personal ? "calendar.note" : "calendar.noteAggregates", today.toString())
                + (synthetic ? " — " + messages.get("synthetic.banner") : ""), false);
        shown = dues;
        owing = accounts;
        names = taxpayerNames;
        ((GridData) whoTitle.getLayoutData()).exclude = !personal;
        ((GridData) who.getLayoutData()).exclude = !personal;
        whoTitle.setVisible(personal);
        who.setVisible(personal);
        whoTitle.getParent().layout(true, true);
        if (firstOwed >= 0) {
            table.setSelection(firstOwed);
        }
        showWho();
        shownUnit = unit;
    }

    /** Lists who owes the tax of the chosen due date (tax officers only). */
    private void showWho() {
        List<DueAccount> accounts = owing;
        int chosen = table.getSelectionIndex();
        if (accounts == null || chosen < 0) {
            who.removeAll();
            shownWho = List.of();
            whoTitle.setText("");
            return;
        }
        Due due = shown.get(chosen);
        LocalDate today = LocalDate.now(clock);
        List<DueAccount> listed = accounts.stream()
                .filter(a -> a.kbk().equals(due.kbk()) && a.dueDate().equals(due.date())).toList();
        List<TableItem> items = TaxUi.fill(who, listed.stream().map(a -> new String[] {IdCheck.shown(a.taxpayerId()),
            names.getOrDefault(a.okrug() + "|" + a.taxpayerId(), ""), a.okrug(), TaxUi.money(a.unpaidTiyn(), locale),
            TaxUi.money(a.penaltyTiyn(), locale), status(today, a.dueDate())}).toList());
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).lateOn(today)) {
                items.get(i).setForeground(who.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        whoTitle.setText(listed.isEmpty() ? messages.get("calendar.whoNone", due.date().toString(), due.kbk())
                : messages.get("calendar.who", due.date().toString(), due.kbk(), Integer.toString(listed.size())));
        shownWho = listed;
    }
}
