package kz.aimaq.tax.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.Assessment;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.IdKind;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.TaxObject;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.tax.api.Taxpayer;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The taxpayers of the selected okrug (IINs masked) and the card of the one chosen: objects,
 * assessments with their computation, payments and the balance as of today. Shown only to
 * users whose scope covers the okrug; the refusal is audited by the service.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = TaxpayerCardView.ID, title = "%view.taxpayer", perspective = TaxPerspective.ID,
        stack = Stacks.LEFT, position = 10)
public final class TaxpayerCardView implements View {

    static final String ID = "kz.aimaq.tax.ui.taxpayer";

    /** One taxpayer's card, read off the UI thread. */
    record Card(Taxpayer taxpayer, List<TaxObject> objects, List<Assessment> assessments, List<Payment> payments,
            List<Arrears> arrears) {
    }

    private final TaxService tax;
    private final Clock clock;
    private BackgroundWork work;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label message;
    private Table taxpayers;
    private Label cardTitle;
    private Label balance;
    private Table objects;
    private Table assessments;
    private Label computation;
    private Table payments;
    private List<Taxpayer> listed = List.of();
    private volatile Card shown;

    @Activate
    public TaxpayerCardView(@Reference TaxService tax) {
        this(tax, Clock.systemDefaultZone());
    }

    TaxpayerCardView(TaxService tax, Clock clock) {
        this.tax = tax;
        this.clock = clock;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        work = TaxUi.work("tax taxpayer card", site, messages, () -> message);
        Composite root = TaxUi.column(parent);
        message = MessageLabels.create(root);
        taxpayers = TaxUi.table(root, messages, new String[] {"column.taxpayer", "column.name"}, new int[] {130, 230}, 150,
                "column.name");
        taxpayers.addListener(SWT.Selection, e -> open(taxpayers.getSelectionIndex()));
        cardTitle = MessageLabels.create(root);
        balance = MessageLabels.create(root);
        objects = TaxUi.table(root, messages, new String[] {"column.object", "column.description", "column.owned"},
                new int[] {70, 330, 200}, 115, "column.description");
        assessments = TaxUi.table(root, messages, new String[] {"column.year", "column.kbk", "column.amount",
            "column.due", "column.computation"}, new int[] {50, 70, 100, 90, 300}, 150, "column.computation");
        // the chosen assessment's whole computation, wrapped: a rate table's article and the 2026 Code's
        // coefficients make it longer than its column, which ends at the table's edge with "…"
        TaxUi.cutAtEdge(assessments);
        computation = MessageLabels.create(root);
        assessments.addListener(SWT.Selection, e -> showComputation());
        payments = TaxUi.table(root, messages, new String[] {"column.date", "column.kbk", "column.knp", "column.amount",
            "column.document"}, new int[] {90, 70, 50, 100, 150}, 0, "column.document");
        site.onSelection(unit -> reload());
        reload();
    }

    @Override
    public void dispose() {
        if (work != null) {
            work.close();
        }
    }

    Card shown() {
        return shown;
    }

    List<Taxpayer> listed() {
        return listed;
    }

    private void reload() {
        Optional<String> okrug = site.selection().map(s -> s.kato());
        taxpayers.removeAll();
        listed = List.of();
        if (okrug.isEmpty()) {
            MessageLabels.show(message, messages.get("taxpayer.choose"), false);
            return;
        }
        work.run(() -> {
            try {
                List<Taxpayer> found = tax.taxpayers(okrug.get());
                site.asyncExec(() -> list(found));
            } catch (NotPermittedException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("dashboard.aggregatesOnly"), false));
            }
        });
    }

    private void list(List<Taxpayer> found) {
        if (taxpayers.isDisposed()) {
            return;
        }
        listed = found;
        TaxUi.fill(taxpayers, found.stream().map(t -> new String[] {shownId(t.id(), t.kind()), t.name()}).toList());
        MessageLabels.show(message, found.isEmpty() ? messages.get("dashboard.noData")
                : messages.get("taxpayer.count", found.size()), false);
    }

    /** Selects the taxpayer in row {@code index} and loads the card. */
    void open(int index) {
        if (index < 0 || index >= listed.size()) {
            return;
        }
        taxpayers.setSelection(index);
        Taxpayer t = listed.get(index);
        LocalDate today = LocalDate.now(clock);
        work.run(() -> {
            try {
                List<Arrears> arrears = tax.arrears(t.okrug(), today).stream()
                        .filter(a -> a.taxpayerId().equals(t.id())).toList();
                Card card = new Card(t, tax.objects(t.okrug(), t.id()), tax.assessments(t.okrug(), t.id()),
                        tax.payments(t.okrug(), t.id()), arrears);
                site.asyncExec(() -> show(card));
            } catch (NotPermittedException e) {
                site.asyncExec(() -> MessageLabels.show(message, messages.get("dashboard.aggregatesOnly"), false));
            }
        });
    }

    private static String shownId(String id, IdKind kind) {
        return kind == IdKind.IIN ? IdCheck.mask(id) : id;
    }

    private void show(Card card) {
        if (objects.isDisposed()) {
            return;
        }
        Taxpayer t = card.taxpayer();
        MessageLabels.show(cardTitle, messages.get("taxpayer.title", t.name(), shownId(t.id(), t.kind()))
                + (t.synthetic() ? " · " + messages.get("synthetic.short") : ""), false);
        long principal = card.arrears().stream().mapToLong(Arrears::principalTiyn).sum();
        long penalty = card.arrears().stream().mapToLong(Arrears::penaltyTiyn).sum();
        long credit = card.arrears().stream().mapToLong(Arrears::creditTiyn).sum();
        MessageLabels.show(balance, messages.get("taxpayer.balance", TaxUi.money(principal, locale),
                TaxUi.money(penalty, locale), TaxUi.money(credit, locale)), principal + penalty > 0);
        TaxUi.fill(objects, card.objects().stream().map(o -> new String[] {o.id(), describe(o),
            o.ownedFrom() + " – " + (o.ownedTo() == null ? "" : o.ownedTo())}).toList());
        TaxUi.fill(assessments, card.assessments().stream().map(a -> new String[] {Integer.toString(a.year()), a.kbk(),
            TaxUi.money(a.amountTiyn(), locale), a.dueDate().toString(),
            (a.unverified() ? messages.get("unverified") + " " : "") + a.computation()}).toList());
        if (assessments.getItemCount() > 0) {
            assessments.select(0);
        }
        showComputation();
        TaxUi.fill(payments, card.payments().stream().map(p -> new String[] {p.date().toString(), p.kbk(), p.knp(),
            TaxUi.money(p.amountTiyn(), locale), p.document()}).toList());
        shown = card;
    }

    private void showComputation() {
        int row = assessments.getSelectionIndex();
        MessageLabels.show(computation, row < 0 ? "" : TaxUi.wholeText(assessments.getItem(row), 4), false);
    }

    private String describe(TaxObject o) {
        if (o.details() instanceof TaxObject.Property p) {
            return messages.get("object.property", TaxUi.money(p.baseTiyn(), locale));
        }
        if (o.details() instanceof TaxObject.Land l) {
            String category = messages.contains("land." + l.category()) ? messages.get("land." + l.category())
                    : l.category();
            return messages.get("object.land", category, Long.toString(l.areaM2()));
        }
        TaxObject.Vehicle v = (TaxObject.Vehicle) o.details();
        return messages.get("object.vehicle", messages.get("vehicle." + v.vehicleClass().name()),
                Integer.toString(v.measure()),
                Integer.toString(v.yearBuilt()));
    }
}
