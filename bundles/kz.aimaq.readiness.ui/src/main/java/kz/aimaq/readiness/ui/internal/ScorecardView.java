package kz.aimaq.readiness.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Contribution;
import kz.aimaq.readiness.api.Explanation;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The selected unit's scorecard: score and band, pillar bars, rank with its Monte Carlo
 * interval, the three weakest indicators, every indicator's contribution, data vintage and
 * imputations.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ScorecardView.ID, title = "%view.scorecard", perspective = ReadinessPerspective.ID,
        stack = Stacks.LEFT, position = 10)
public final class ScorecardView implements View {

    static final String ID = "kz.aimaq.readiness.ui.scorecard";

    private final ReadinessModel model;
    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Composite root;
    private Label title;
    private Label banner;
    private Label message;
    private Label summary;
    private PillarChart pillars;
    private Label weakest;
    private Label vintage;
    private Table contributions;
    private LiveModel.Following following;
    /** The unit last handed to this view; UI thread only. */
    private Optional<SelectedUnit> unit = Optional.empty();
    private ReadinessResults shown;

    @Activate
    public ScorecardView(@Reference ReadinessModel model) {
        this.model = model;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = MessageLabels.create(root);
        banner = Widgets.banner(root, messages);
        message = MessageLabels.create(root);
        summary = MessageLabels.create(root);
        pillars = new PillarChart(root, messages);
        weakest = MessageLabels.create(root);
        vintage = MessageLabels.create(root);
        String[] keys = {"contribution.indicator", "contribution.value", "contribution.score",
            "contribution.points", "contribution.lost", "contribution.note"};
        contributions = Widgets.indicatorTable(root, 1, messages, keys, new int[] {140, 60, 50, 50, 60, 80},
                new boolean[] {true, false, false, false, false, true});
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
        if (root != null && !root.isDisposed()) {
            root.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (following != null) {
            following.close();
        }
    }

    private void show(Status status) {
        if (root.isDisposed()) {
            return;
        }
        shown = status.results();
        Optional<SelectedUnit> selected = unit;
        Optional<Row> row = shown == null ? Optional.empty() : selected.flatMap(s -> shown.row(s.kato()));
        String text = Widgets.statusText(status, messages);
        if (text.isEmpty() && row.isEmpty()) {
            text = selected.isEmpty() ? messages.get("scorecard.choose")
                    : messages.get("scorecard.notScored", selected.get().name(locale));
        }
        show(message, text);
        MessageLabels.setShown(banner, row.isPresent() && shown.synthetic);
        boolean any = row.isPresent();
        for (Control c : List.of(title, summary, pillars.control(), weakest, vintage,
                contributions)) {
            MessageLabels.setShown(c, any);
        }
        if (any) {
            showRow(row.get());
        }
        root.layout(true, true);
    }

    private void showRow(Row row) {
        ScoreTable table = shown.table(row);
        Explanation explanation = table.explain(row.code());
        title.setText(row.name(locale) + " (" + row.code() + ", " + messages.get(row.level().key()) + ")");
        String band = row.band() == null ? "" : row.band().name().get(locale);
        String rank = row.rank() == 0 ? messages.get("scorecard.unranked")
                : messages.get("scorecard.rank", row.rank(), shown.scoredAt(row.level()),
                        row.interval() == null ? "" : Widgets.interval(row.interval()),
                        shown.rows.stream().filter(r -> r.level() == row.level()).count());
        summary.setText(messages.get("scorecard.score", Widgets.score(row.score(), locale, messages), band,
                Widgets.percent(row.coverage(), locale)) + "\n" + rank);
        List<PillarChart.Bar> bars = new ArrayList<>();
        for (Node node : shown.methodology.root().children()) {
            if (node instanceof Group group) {
                bars.add(new PillarChart.Bar(group.name().get(locale), table.node(row.code(), group.id()).score()));
            }
        }
        pillars.show(shown.methodology, bars);
        weakest.setText(messages.get("scorecard.weakest", explanation.weakest().stream()
                .map(c -> indicatorName(c) + " (−" + Widgets.score(c.pointsLost(), locale, messages) + ")")
                .collect(Collectors.joining("; "))));
        String imputed = explanation.imputed().isEmpty() ? messages.get("scorecard.noImputed")
                : messages.get("scorecard.imputed", explanation.imputed().stream().map(this::indicatorName)
                        .collect(Collectors.joining(", ")));
        vintage.setText(messages.get("scorecard.vintage", String.valueOf(explanation.oldestPeriod()),
                String.valueOf(explanation.newestPeriod())) + "\n" + imputed);
        contributions.removeAll();
        for (Contribution c : explanation.contributions()) {
            TableItem item = new TableItem(contributions, SWT.NONE);
            // an indicator without a score shows a dash; its note says the value is missing
            item.setText(new String[] {indicatorName(c), Widgets.value(c.value(), locale),
                Double.isNaN(c.score()) ? "—" : Widgets.score(c.score(), locale, messages),
                Widgets.score(c.contribution(), locale, messages),
                Widgets.score(c.pointsLost(), locale, messages), note(c)});
        }
    }

    private String indicatorName(Contribution c) {
        return shown.methodology.node(c.indicator()).map(n -> n.name().get(locale)).orElse(c.indicator());
    }

    private String note(Contribution c) {
        if (Double.isNaN(c.value())) {
            return messages.get("contribution.missing");
        }
        String note = c.imputed() ? messages.get("imputation." + c.imputation().name()) : "";
        if (c.source() != null && c.source().equals(IndicatorValue.SYNTHETIC)) {
            note = note.isEmpty() ? messages.get("contribution.synthetic")
                    : note + ", " + messages.get("contribution.synthetic");
        }
        return note;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        MessageLabels.setShown(label, !text.isEmpty());
    }
}
