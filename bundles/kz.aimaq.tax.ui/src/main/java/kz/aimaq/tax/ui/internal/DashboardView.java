package kz.aimaq.tax.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.Execution;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The okrug dashboard of the selected unit (an okrug, or a district or region summed up): plan
 * against actual by КБК, receipts by month, arrears by age and the largest debtors. Reads run on
 * the view's background thread; the demo generator runs as a job with progress.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = DashboardView.ID, title = "%view.dashboard", perspective = TaxPerspective.ID, position = 10)
public final class DashboardView implements View {

    static final String ID = "kz.aimaq.tax.ui.dashboard";
    private static final int DEBTORS = 10;

    /** What the dashboard shows of one unit, read off the UI thread. */
    record Data(String unit, int year, List<Execution> execution, Map<AgeBucket, Long> byAge, List<Arrears> debtors,
            boolean synthetic, Map<String, String> kbkNames) {
    }

    private final TaxService tax;
    private final JobService jobs;
    private final Clock clock;
    private BackgroundWork work;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label title;
    private Label banner;
    private Label message;
    private Table planTable;
    private MonthlyChart chart;
    private Table ageTable;
    private Label debtorsNote;
    private Table debtorsTable;
    private Button demo;
    private volatile Data shown;

    @Activate
    public DashboardView(@Reference TaxService tax,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) JobService jobs) {
        this(tax, jobs, Clock.systemDefaultZone());
    }

    DashboardView(TaxService tax, JobService jobs, Clock clock) {
        this.tax = tax;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        work = new BackgroundWork("tax dashboard", (what, e) -> site.asyncExec(() -> showError(e)));
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = MessageLabels.create(root);
        banner = MessageLabels.create(root);
        banner.setText(messages.get("synthetic.banner"));
        banner.setForeground(MessageLabels.ERROR);
        message = MessageLabels.create(root);
        planTable = TaxUi.table(root, messages, new String[] {"column.kbk", "column.plan", "column.actual",
            "column.percent", "column.forecast"}, new int[] {300, 120, 120, 90, 130}, 110, "column.kbk");
        chart = new MonthlyChart(root, messages);
        Label ageTitle = MessageLabels.create(root);
        ageTitle.setText(messages.get("dashboard.arrearsByAge"));
        ageTable = TaxUi.table(root, messages, new String[] {"column.bucket", "column.amount"}, new int[] {160, 130}, 125);
        debtorsNote = MessageLabels.create(root);
        debtorsTable = TaxUi.table(root, messages, new String[] {"column.taxpayer", "column.kbk", "column.principal",
            "column.penalty", "column.days"}, new int[] {130, 70, 110, 100, 60}, 0);
        demo = new Button(root, SWT.PUSH);
        demo.setText(messages.get("dashboard.generateDemo"));
        demo.addListener(SWT.Selection, e -> generateDemo());
        site.onSelection(unit -> reload());
        reload();
    }

    @Override
    public void dispose() {
        if (work != null) {
            work.close();
        }
    }

    /** What is shown now, for tests. */
    Data shown() {
        return shown;
    }

    private void reload() {
        Optional<String> unit = TaxUi.unitInFocus(site);
        if (unit.isEmpty()) {
            MessageLabels.show(message, messages.get("dashboard.choose"), false);
            return;
        }
        MessageLabels.show(message, messages.get("loading"), false);
        LocalDate today = LocalDate.now(clock);
        String code = unit.get();
        work.run(() -> {
            List<Execution> execution = tax.execution(code, today.getYear(), today);
            Map<AgeBucket, Long> byAge = tax.arrearsByAge(code, today);
            List<Arrears> debtors;
            try {
                List<Arrears> all = tax.arrears(code, today);
                debtors = all.subList(0, Math.min(DEBTORS, all.size()));
            } catch (NotPermittedException e) {
                debtors = null;
            }
            Data data = new Data(code, today.getYear(), execution, byAge, debtors == null ? null : List.copyOf(debtors),
                    tax.hasSyntheticData(code), TaxUi.kbkNames(tax, locale));
            site.asyncExec(() -> show(data));
        });
    }

    private void show(Data data) {
        if (title.isDisposed()) {
            return;
        }
        MessageLabels.show(title, messages.get("dashboard.title", TaxUi.unitName(site, data.unit()),
                Integer.toString(data.year())), false);
        MessageLabels.setShown(banner, data.synthetic());
        long[] monthly = new long[12];
        long plan = 0;
        List<String[]> planRows = new ArrayList<>();
        for (Execution e : data.execution()) {
            planRows.add(new String[] {e.kbk() + " " + data.kbkNames().getOrDefault(e.kbk(), ""),
                TaxUi.money(e.planTiyn(), locale), TaxUi.money(e.actualTiyn(), locale),
                TaxUi.percent(e.percentOfPlan(), locale), TaxUi.money(e.forecastTiyn(), locale)});
            for (int i = 0; i < 12; i++) {
                monthly[i] += e.monthlyTiyn().get(i);
            }
            plan += e.planTiyn();
        }
        List<Long> months = new ArrayList<>();
        for (long m : monthly) {
            months.add(m);
        }
        TaxUi.fill(planTable, planRows);
        chart.show(months, plan);
        List<String[]> ageRows = new ArrayList<>();
        for (AgeBucket bucket : AgeBucket.values()) {
            ageRows.add(new String[] {messages.get("bucket." + bucket.name()),
                TaxUi.money(data.byAge().getOrDefault(bucket, 0L), locale)});
        }
        TaxUi.fill(ageTable, ageRows);
        List<String[]> debtorRows = new ArrayList<>();
        if (data.debtors() == null) {
            MessageLabels.show(debtorsNote, messages.get("dashboard.aggregatesOnly"), false);
        } else {
            MessageLabels.show(debtorsNote, messages.get("dashboard.debtors"), false);
            for (Arrears a : data.debtors()) {
                debtorRows.add(new String[] {IdCheck.shown(a.taxpayerId()), a.kbk(), TaxUi.money(a.principalTiyn(), locale),
                    TaxUi.money(a.penaltyTiyn(), locale), Long.toString(a.daysOverdue())});
            }
        }
        TaxUi.fill(debtorsTable, debtorRows);
        MessageLabels.show(message, data.execution().isEmpty() ? messages.get("dashboard.noData") : "", false);
        demo.setVisible(data.execution().isEmpty());
        title.getParent().layout(true, true);
        shown = data;
    }

    private void generateDemo() {
        Optional<String> unit = TaxUi.unitInFocus(site);
        if (unit.isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        demo.setEnabled(false);
        work.job(jobs, messages.get("job.demo"), monitor -> {
            monitor.subTask(messages.get("job.demo"));
            try {
                tax.generateDemo(unit.get(), year);
                site.asyncExec(this::reload);
            } catch (NotPermittedException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("refused"), true));
            } finally {
                site.asyncExec(() -> {
                    if (!demo.isDisposed()) {
                        demo.setEnabled(true);
                    }
                });
            }
        });
    }

    private void showError(Throwable e) {
        if (!message.isDisposed()) {
            MessageLabels.show(message, messages.get("failed"), true);
        }
    }
}
