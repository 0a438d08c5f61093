package kz.aimaq.readiness.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Comparison;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The selected unit against a second one of the same level, chosen by typing its name: the
 * score difference as a sum of per-indicator differences of contributions.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ComparisonView.ID, title = "%view.comparison", perspective = ReadinessPerspective.ID,
        stack = Stacks.BOTTOM, position = 10)
public final class ComparisonView implements View {

    static final String ID = "kz.aimaq.readiness.ui.comparison";
    private static final int CHOICES = 50;

    private final ReadinessModel model;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Composite root;
    private Label message;
    private Label first;
    private Combo second;
    private Label summary;
    private Table differences;
    private LiveModel.Following following;
    /** The unit last handed to this view; UI thread only. */
    private Optional<SelectedUnit> unit = Optional.empty();
    private ReadinessResults shown;
    private final List<Row> choices = new ArrayList<>();
    private Row other;
    /** True while the items are replaced, so that the text put back is not taken as typed. */
    private boolean offering;

    @Activate
    public ComparisonView(@Reference ReadinessModel model) {
        this.model = model;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        message = MessageLabels.create(root);
        ((GridData) message.getLayoutData()).horizontalSpan = 2;
        first = new Label(root, SWT.NONE);
        first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(root, SWT.NONE).setText(messages.get("comparison.with"));
        second = new Combo(root, SWT.DROP_DOWN);
        GridData comboData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        comboData.widthHint = 320;
        second.setLayoutData(comboData);
        summary = MessageLabels.create(root);
        ((GridData) summary.getLayoutData()).horizontalSpan = 2;
        String[] keys = {"contribution.indicator", "comparison.a", "comparison.b", "comparison.delta"};
        differences = Widgets.indicatorTable(root, 2, messages, keys, new int[] {140, 80, 80, 80},
                new boolean[] {true, false, false, false});
        second.addListener(SWT.Modify, e -> offer(second.getText()));
        second.addListener(SWT.Selection, e -> choose(second.getText()));
        second.addListener(SWT.DefaultSelection, e -> choose(second.getText()));
        unit = site.selection();
        // the unit handed over is the one to show: the shared selection may have moved on since
        site.onSelection(selected -> {
            unit = Optional.ofNullable(selected);
            show(model.status());
        });
        following = model.live().follow(site, () -> show(model.status()));
    }

    @Override
    public void setFocus() {
        if (second != null && !second.isDisposed()) {
            second.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (following != null) {
            following.close();
        }
    }

    private Optional<Row> selected() {
        return shown == null ? Optional.empty() : unit.flatMap(s -> shown.row(s.kato()));
    }

    private void show(Status status) {
        if (root.isDisposed()) {
            return;
        }
        if (status.results() != shown) {
            shown = status.results();
            other = null;
        }
        Optional<Row> a = selected();
        String text = Widgets.statusText(status, messages);
        if (text.isEmpty() && a.isEmpty()) {
            text = messages.get("comparison.choose");
        }
        message.setText(text);
        MessageLabels.setShown(message, !text.isEmpty());
        if (a.isPresent() && (other == null || other.level() != a.get().level() || other == a.get())) {
            other = defaultOther(a.get());
        }
        first.setText(a.map(r -> messages.get("comparison.first", r.name(locale),
                Widgets.score(r.score(), locale, messages))).orElse(""));
        compare(a);
    }

    /** The best unit of the same level: what a unit is most often held against. */
    private Row defaultOther(Row a) {
        Row best = null;
        for (Row row : shown.rows) {
            if (row.level() == a.level() && row != a && row.scored() && (best == null || row.rank() < best.rank())) {
                best = row;
            }
        }
        return best;
    }

    /**
     * Offers the units of the compared unit's level whose name contains the typed text, or whose
 * code starts with it. The list
     * is not popped up: on GTK an open list takes the keys, and the typed text vanished. Replacing
     * the items may clear the text, so it is put back with the caret where it was.
     */
    private void offer(String typed) {
        Optional<Row> a = selected();
        // the text of a chosen item, or of the unit compared now, is no search; nor is putting text back
        if (offering || a.isEmpty() || (other != null && typed.equals(label(other)))
                || List.of(second.getItems()).contains(typed)) {
            return;
        }
        String needle = typed.toLowerCase(locale);
        choices.clear();
        for (Row row : shown.rows) {
            if (row.level() == a.get().level() && row.scored()
                    && (row.name(locale).toLowerCase(locale).contains(needle) || row.code().startsWith(typed))) {
                choices.add(row);
                if (choices.size() == CHOICES) {
                    break;
                }
            }
        }
        Point caret = second.getSelection();
        offering = true;
        try {
            second.setItems(choices.stream().map(this::label).toArray(String[]::new));
            if (!second.getText().equals(typed)) {
                second.setText(typed);
                second.setSelection(caret);
            }
        } finally {
            offering = false;
        }
    }

    /** Compares with the unit whose label is {@code text}, or the only one offered for it. */
    private void choose(String text) {
        Optional<Row> picked = choices.stream().filter(r -> label(r).equals(text)).findFirst();
        if (picked.isEmpty() && choices.size() == 1) {
            picked = Optional.of(choices.get(0));
        }
        picked.ifPresent(row -> {
            other = row;
            compare(selected());
        });
    }

    private String label(Row row) {
        return row.name(locale) + " (" + row.code() + ")";
    }

    /** Shows A against B, or clears the table when either is missing. */
    private void compare(Optional<Row> a) {
        differences.removeAll();
        boolean ready = a.isPresent() && other != null;
        if (ready) {
            Comparison c = shown.table(a.get()).compare(a.get().code(), other.code());
            double sum = c.differences().stream().mapToDouble(Comparison.Difference::delta).sum();
            summary.setText(messages.get("comparison.summary", a.get().name(locale),
                    Widgets.score(c.scoreA(), locale, messages), other.name(locale),
                    Widgets.score(c.scoreB(), locale, messages), Widgets.score(c.scoreA() - c.scoreB(), locale, messages),
                    Widgets.score(sum, locale, messages)));
            for (Comparison.Difference d : c.differences()) {
                TableItem item = new TableItem(differences, SWT.NONE);
                item.setText(new String[] {shown.methodology.node(d.indicator()).map(n -> n.name().get(locale))
                        .orElse(d.indicator()), Widgets.score(d.contributionA(), locale, messages),
                    Widgets.score(d.contributionB(), locale, messages), Widgets.score(d.delta(), locale, messages)});
            }
            if (!second.getText().equals(label(other))) {
                second.setText(label(other));
            }
        }
        MessageLabels.setShown(summary, ready);
        root.layout(true, true);
    }
}
