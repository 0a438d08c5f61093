package kz.aimaq.reporting.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.WrappingText;

/**
 * Home: what the workbench is for, then the user's region (or the nation) at a glance: tiles for
 * units, population, data completeness and readiness bands, a chart or two, and what needs
 * attention. Every tile opens the view it summarises (the registry explorer, the readiness
 * ranking, the data returns, the tax dashboard); charts open their report. Where that view is
 * not there for the user (its module is off), the tile opens its report instead.
 * <p>
 * A start paints Home with the figures this user was shown last ({@link HomeSnapshot}), marked
 * with their time, and replaces them with the figures read again as soon as they are there.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = HomeView.ID, title = "%view.home", perspective = Perspectives.HOME, stack = Stacks.MAIN, position = 1)
public final class HomeView implements View {

    static final String ID = "kz.aimaq.reporting.ui.home";

    /** The views the tiles summarise, by the ids their bundles register them with. */
    static final String REGISTRY_VIEW = "kz.aimaq.registry.ui.explorer";
    static final String READINESS_VIEW = "kz.aimaq.readiness.ui.ranking";
    static final String TAX_VIEW = "kz.aimaq.tax.ui.dashboard";

    /** Widget data key: the view a tile opens (for tests). */
    static final String VIEW = "aimaq.home.view";
    private static final int TILE = 0xEAF1F8;
    private static final int RETRY_MILLIS = 5_000;
    /** While the registry's units report is not in the catalogue yet: look again this soon, for a minute at most. */
    private static final int WAIT_MILLIS = 100;
    private static final int MAX_WAITS = 600;
    private static final int MAX_RETRIES = 36;
    /** How often Home looks whether a report it shows came or went (a module started, enabled or stopped). */
    private static final int WATCH_MILLIS = 2_000;

    private final ReportsModel model;
    private ViewSite site;
    private Messages messages;
    private ScrolledComposite scroll;
    private Composite content;
    private Font big;
    private Font heading;
    private Color tileColour;
    private HomeFigures figures;
    private int retries;
    private int waits;
    /** Home's reports in the catalogue when the figures shown were read. */
    private Set<String> reportsShown = Set.of();
    /** Where the figures shown last are kept. */
    private final KeptHomeFigures kept;
    private HomeSnapshot snapshot;
    /** When the figures shown were read, while they are the ones kept from before; else null. */
    private Instant keptAt;

    @Activate
    public HomeView(@Reference ReportsModel model, @Reference KeptHomeFigures kept) {
        this.model = model;
        this.kept = kept;
    }

    /** @param keptIn where the figures shown last are kept; null: nowhere */
    HomeView(ReportsModel model, Path keptIn) {
        this(model, new KeptHomeFigures(keptIn));
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        FontData data = parent.getFont().getFontData()[0];
        big = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 9, SWT.BOLD);
        heading = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 3, SWT.BOLD);
        tileColour = new Color(parent.getDisplay(), (TILE >> 16) & 0xFF, (TILE >> 8) & 0xFF, TILE & 0xFF);
        scroll.addListener(SWT.Resize, e -> fitWidth());
        snapshot = kept.snapshot(site.user().user(), String.valueOf(model.catalog().scope()), messages.locale());
        if (snapshot != null) {
            // read ahead as the module started, or here: not behind the reads queued for the views
            snapshot.read().ifPresent(shown -> {
                figures = shown.figures();
                keptAt = shown.at();
            });
        }
        if (figures == null) {
            // Home is shown when its figures are, not its frame: the window's start counts until then.
            site.contentPending();
        }
        build();
        refresh();
    }

    /**
     * Reads the figures again off the UI thread and shows them. While the registry is still
     * loading the country its units report is not in the catalogue yet: Home looks again shortly
     * (a look-up, no report run) and reads the figures once it is there; if they are still empty
     * then, it asks again every few seconds for a while.
     */
    void refresh() {
        Locale locale = messages.locale();
        String user = site.user().user();
        model.read(() -> {
            if (model.catalog().find(HomeFigures.UNITS).isEmpty() && ++waits <= MAX_WAITS) {
                site.asyncExec(() -> refreshIn(WAIT_MILLIS));
                return;
            }
            Set<String> present = HomeFigures.reportsIn(model.catalog());
            HomeFigures read = HomeFigures.read(model.catalog(), user, locale);
            keep(read);
            site.asyncExec(() -> {
                reportsShown = present;
                // the figures kept stay while the registry is still loading
                if (!read.units().isEmpty() || keptAt == null || retries >= MAX_RETRIES) {
                    figures = read;
                    keptAt = null;
                }
                build();
                if (!read.units().isEmpty() || retries >= MAX_RETRIES) {
                    site.contentShown();
                }
                if (read.units().isEmpty() && ++retries <= MAX_RETRIES) {
                    refreshIn(RETRY_MILLIS);
                } else if (!read.units().isEmpty()) {
                    watchIn(WATCH_MILLIS);
                }
            });
        });
    }

    /** Keeps figures that have the country's units for the next start. */
    private void keep(HomeFigures read) {
        if (snapshot != null && !read.units().isEmpty()) {
            try {
                snapshot.write(read, Instant.now());
            } catch (IOException | RuntimeException e) {
                // Home works without it: the next start reads its figures as a first start does
            }
        }
    }

    private void refreshIn(int millis) {
        if (!scroll.isDisposed()) {
            scroll.getDisplay().timerExec(millis, () -> {
                if (!scroll.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /**
     * Reads the figures again once the reports Home shows change: on a first start the readiness and
     * completeness reports register after the registry's, and Home showed two tiles for good.
     */
    private void watchIn(int millis) {
        if (!scroll.isDisposed()) {
            scroll.getDisplay().timerExec(millis, () -> {
                if (!scroll.isDisposed()) {
                    model.read(() -> {
                        boolean changed = !HomeFigures.reportsIn(model.catalog()).equals(reportsShown);
                        site.asyncExec(() -> {
                            if (changed) {
                                refresh();
                            } else {
                                watchIn(WATCH_MILLIS);
                            }
                        });
                    });
                }
            });
        }
    }

    HomeFigures figures() {
        return figures;
    }

    private void build() {
        if (scroll.isDisposed()) {
            return;
        }
        if (content != null) {
            content.dispose();
        }
        content = new Composite(scroll, SWT.NONE);
        content.setBackground(scroll.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        content.setLayout(new GridLayout(4, true));
        text(messages.get("home.title"), heading, 4);
        text(messages.get("home.purpose"), null, 4);
        if (figures == null || figures.units().isEmpty() && retries <= MAX_RETRIES) {
            text(messages.get("home.loading"), null, 4);
        } else {
            text(messages.get("home.scope", figures.scopeName().isEmpty() ? messages.get("home.nation") : figures.scopeName()),
                    heading, 4);
            if (keptAt != null) {
                text(messages.get("home.kept", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(keptAt)), null, 4);
            }
            tiles();
            charts();
            attention();
        }
        scroll.setContent(content);
        fitWidth();
        content.layout(true, true);
    }

    /** Wrapping labels take the window's width; only below 900 pixels does Home scroll sideways. */
    private void fitWidth() {
        if (content != null && !content.isDisposed()) {
            scroll.setMinSize(content.computeSize(Math.max(900, scroll.getClientArea().width), SWT.DEFAULT));
        }
    }

    private void tiles() {
        String scope = model.catalog().scope();
        if (figures.units().isPresent()) {
            Table units = figures.units().get();
            Row total = units.total().orElseThrow();
            tile(messages.get("home.units"), count(total.cell(units.column("ownBudget"))),
                    messages.get("home.unitsDetail", HomeFigures.details(units)), REGISTRY_VIEW, HomeFigures.UNITS, scope);
            tile(messages.get("home.population"), count(total.cell(units.column("population"))),
                    messages.get("home.populationDetail"), REGISTRY_VIEW, HomeFigures.UNITS, scope);
        }
        // the data set with returns due, else the first: a tile of "—" says little
        for (HomeFigures.Returns returns : figures.returns().stream().filter(r -> r.expected() > 0).findFirst()
                .or(() -> figures.returns().stream().findFirst()).stream().toList()) {
            tile(messages.get("home.completeness"), percent(returns.received(), returns.expected()),
                    messages.get("home.completenessDetail", returns.title(), percent(returns.onTime(), returns.expected())),
                    ReturnsView.ID, HomeFigures.COMPLETENESS, scope);
        }
        if (figures.bands().isPresent()) {
            Table bands = figures.bands().get();
            Row total = bands.total().orElseThrow();
            List<Column> columns = bands.columns();
            if (!HomeFigures.anyScored(bands)) {
                // none has submitted a readiness return yet
                tile(messages.get("home.readiness"), "—", messages.get("home.readinessNoReturns"), READINESS_VIEW,
                        HomeFigures.READINESS, scope);
            } else {
                String top = columns.get(2).title() + ": " + count(total.cell(2));
                String second = columns.size() > 3 ? columns.get(3).title() + ": " + count(total.cell(3)) : "";
                tile(messages.get("home.readiness"), top, second + (figures.readinessSynthetic() ? " — "
                        + messages.get("home.synthetic") : ""), READINESS_VIEW, HomeFigures.READINESS, scope);
            }
        }
        figures.taxCollected().ifPresent(share -> tile(messages.get("home.taxes"), percent(share),
                messages.get("home.taxesDetail", figures.taxYear())
                        + (figures.taxSynthetic() ? " — " + messages.get("home.synthetic") : ""),
                TAX_VIEW, HomeFigures.TAX, scope));
    }

    /** Each chart, or in its place why it is not there yet: bars that are all empty read as a fault. */
    private void charts() {
        if (figures.returnsChart().isPresent()) {
            chart(figures.returnsChart().get(), HomeFigures.COMPLETENESS);
        } else if (!figures.returns().isEmpty()) {
            text(messages.get("home.chartNoReturns"), null, 2);
        }
        if (figures.bandsChart().isPresent()) {
            chart(figures.bandsChart().get(), HomeFigures.READINESS);
        } else if (figures.bands().isPresent()) {
            text(messages.get("home.chartNoScores"), null, 2);
        }
    }

    private void chart(kz.aimaq.reporting.api.Chart chart, String reportId) {
        BlockCanvas canvas = new BlockCanvas(content, chart);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.heightHint = 300;
        data.widthHint = 300;
        canvas.setLayoutData(data);
        opens(canvas, null, reportId, model.catalog().scope());
    }

    private void attention() {
        text(messages.get("home.attention"), heading, 4);
        int lines = 0;
        String scope = model.catalog().scope();
        for (HomeFigures.Returns returns : figures.returns()) {
            long missing = returns.expected() - returns.received();
            long late = returns.received() - returns.onTime();
            if (missing > 0 || late > 0) {
                link(messages.get("home.returnsMissing", returns.title(), missing, late, returns.expected()),
                        ReturnsView.ID, HomeFigures.COMPLETENESS, scope);
                lines++;
            }
        }
        for (AuditEntry failed : model.failedImports()) {
            link(messages.get("home.importFailed", failed.target(), failed.when().toString()), ReturnsView.ID,
                    HomeFigures.COMPLETENESS, scope);
            lines++;
        }
        for (Problem problem : model.moduleProblems()) {
            text(messages.get("home.moduleProblem", problem.source(), problem.message(messages.locale())), null, 4);
            lines++;
        }
        for (String failure : figures.failures()) {
            text(messages.get("home.reportFailed", failure), null, 4);
            lines++;
        }
        if (lines == 0) {
            // "every expected return arrived" would be empty praise where none is expected yet
            boolean anyExpected = figures.returns().stream().anyMatch(r -> r.expected() > 0);
            text(messages.get(anyExpected ? "home.allWell" : "home.nothingExpected"), null, 4);
        }
    }

    private void tile(String title, String value, String detail, String viewId, String reportId, String unit) {
        Composite tile = new Composite(content, SWT.BORDER);
        tile.setBackground(tileColour);
        tile.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.minimumHeight = 110;
        tile.setLayoutData(data);
        for (String[] line : new String[][] {{title, ""}, {value, "big"}, {detail, ""}}) {
            WrappingText label = new WrappingText(tile, line[0]);
            label.setBackground(tileColour);
            GridData labelData = new GridData(SWT.FILL, SWT.TOP, true, false);
            labelData.widthHint = 150;
            label.setLayoutData(labelData);
            if (!line[1].isEmpty()) {
                label.setFont(big);
            }
        }
        tile.setToolTipText(messages.get("home.open"));
        tile.setData(VIEW, viewId);
        opens(tile, viewId, reportId, unit);
    }

    private void link(String text, String viewId, String reportId, String unit) {
        WrappingText label = new WrappingText(content, "• " + text);
        label.setBackground(content.getBackground());
        label.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        opens(label, viewId, reportId, unit);
    }

    /** A click opens the view (if it is there for the user), else the report in the Reports view. */
    private void opens(Control control, String viewId, String reportId, String unit) {
        control.setCursor(control.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        control.addListener(SWT.MouseUp, e -> open(viewId, reportId, unit));
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                opens(child, viewId, reportId, unit);
            }
        }
    }

    void open(String viewId, String reportId, String unit) {
        if (viewId == null || !site.showView(viewId)) {
            model.open(reportId, unit);
        }
    }

    private void text(String text, Font font, int span) {
        WrappingText label = new WrappingText(content, text);
        label.setBackground(content.getBackground());
        if (font != null) {
            label.setFont(font);
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = 300;
        label.setLayoutData(data);
    }

    private String count(Object cell) {
        return cell == null ? "—" : String.format(messages.locale(), "%1$,d", (Long) cell).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String percent(java.math.BigDecimal share) {
        return String.format(messages.locale(), "%1$.1f %%", share.doubleValue() * 100);
    }

    private String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(messages.locale(), "%1$.1f %%", 100.0 * part / whole);
    }

    @Override
    public void dispose() {
        big.dispose();
        heading.dispose();
        tileColour.dispose();
    }
}
