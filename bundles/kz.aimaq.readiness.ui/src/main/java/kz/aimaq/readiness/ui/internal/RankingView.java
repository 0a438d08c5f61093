package kz.aimaq.readiness.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * Every scored unit in one virtual table: rank, code, name, level, region, score, band,
 * coverage and rank interval; sorted by a click on a column header, filtered by region and
 * level, exported as CSV. A selected row becomes the shared selection.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = RankingView.ID, title = "%view.ranking", perspective = ReadinessPerspective.ID,
        stack = Stacks.MAIN, position = 10)
public final class RankingView implements View {

    static final String ID = "kz.aimaq.readiness.ui.ranking";

    private final ReadinessModel model;
    /** What a user reads first comes first, so the score shows whole in a small window. */
    private static final int[] DISPLAY_ORDER = java.util.stream.Stream.of(Column.RANK, Column.NAME, Column.SCORE,
            Column.BAND, Column.REGION, Column.LEVEL, Column.CODE, Column.COVERAGE, Column.INTERVAL)
            .mapToInt(Column::ordinal).toArray();

    private ViewSite site;
    private Messages messages;
    private Locale locale;
    private Label banner;
    private Label message;
    private Label count;
    /** The data key by which tests find the demonstration switch. */
    static final String DEMO = "readiness.demo";

    private Combo region;
    private Button demo;
    private Combo level;
    private Table table;
    private LiveModel.Following following;
    private ReadinessResults shown;
    private final List<String> regionPrefixes = new ArrayList<>();
    private List<Row> visible = List.of();
    private Column sortColumn = Column.RANK;
    private boolean descending;

    @Activate
    public RankingView(@Reference ReadinessModel model) {
        this.model = model;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        locale = messages.locale();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        banner = Widgets.banner(root, messages);
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // wraps at the smallest window (1024×680, the ranking beside the scorecard) instead of cutting
        // the buttons off
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.center = true;
        wrapping.marginLeft = 0;
        // apart enough that the demonstration switch and the count do not read as one phrase
        wrapping.spacing = 12;
        bar.setLayout(wrapping);
        new Label(bar, SWT.NONE).setText(messages.get("filter.region"));
        region = new Combo(bar, SWT.READ_ONLY);
        new Label(bar, SWT.NONE).setText(messages.get("filter.level"));
        level = new Combo(bar, SWT.READ_ONLY);
        level.add(messages.get("filter.allLevels"));
        for (RankLevel l : RankLevel.values()) {
            level.add(messages.get(l.key()));
        }
        level.select(1 + RankLevel.OKRUG.ordinal());
        Button export = new Button(bar, SWT.PUSH);
        export.setText(messages.get("ranking.export"));
        Button recompute = new Button(bar, SWT.PUSH);
        recompute.setText(messages.get("ranking.recompute"));
        demo = new Button(bar, SWT.CHECK);
        demo.setText(messages.get("ranking.demo"));
        demo.setToolTipText(messages.get("ranking.demo.tip"));
        demo.setData(DEMO, Boolean.TRUE);
        demo.setSelection(model.demo());
        count = new Label(bar, SWT.NONE);
        message = MessageLabels.create(root);
        table = new Table(root, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column c : Column.values()) {
            TableColumn column = new TableColumn(table, c.numeric() ? SWT.RIGHT : SWT.LEFT);
            column.setText(messages.get(c.key()));
            // at least its header's width in every language ("Толықтығы" was cut at the usual width)
            column.pack();
            column.setWidth(Math.max(column.getWidth(), c.width()));
            column.addListener(SWT.Selection, e -> sortBy(c));
        }
        table.setColumnOrder(DISPLAY_ORDER);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item));
        table.addListener(SWT.Selection, e -> publishSelection());
        region.addListener(SWT.Selection, e -> refilter());
        level.addListener(SWT.Selection, e -> refilter());
        export.addListener(SWT.Selection, e -> export());
        recompute.addListener(SWT.Selection, e -> model.recompute());
        demo.addListener(SWT.Selection, e -> model.showDemo(demo.getSelection()));
        site.onSelection(this::reveal);
        following = model.live().follow(site, () -> show(model.status()));
    }

    @Override
    public void setFocus() {
        if (table != null && !table.isDisposed()) {
            table.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (following != null) {
            following.close();
        }
    }

    private void show(Status status) {
        if (table.isDisposed()) {
            return;
        }
        String text = Widgets.statusText(status, messages);
        message.setText(text);
        demo.setSelection(model.demo());
        MessageLabels.setShown(message, !text.isEmpty());
        if (status.results() != shown || (regionPrefixes.isEmpty() && model.regions().isPresent())) {
            shown = status.results();
            fillRegions();
            refilter();
        }
        MessageLabels.setShown(banner, shown != null && shown.synthetic);
        table.getParent().layout(true, true);
    }

    private void fillRegions() {
        boolean first = region.getItemCount() <= 1;
        int selected = Math.max(0, region.getSelectionIndex());
        region.removeAll();
        regionPrefixes.clear();
        region.add(messages.get("filter.allRegions"));
        model.regions().ifPresent(regions -> {
            for (Region r : regions.all()) {
                region.add(current(r).name(locale));
                regionPrefixes.add(r.prefix());
            }
        });
        if (first) {
            selected = ownRegion();
        }
        region.select(selected < region.getItemCount() ? selected : 0);
    }

    /**
     * The filter a user starts with: their own region for a regional user (the okrugs they answer
     * for, not the whole country's), all regions for an administrator.
     */
    private int ownRegion() {
        UserContext user = site.user();
        Region own = user.hasRole(UserContext.ROLE_ADMIN) ? null : user.region();
        return own == null ? 0 : regionPrefixes.indexOf(own.prefix()) + 1;
    }

    private void refilter() {
        List<Row> rows = new ArrayList<>();
        if (shown != null) {
            int r = region.getSelectionIndex();
            String prefix = r > 0 ? regionPrefixes.get(r - 1) : null;
            int l = level.getSelectionIndex();
            RankLevel wanted = l > 0 ? RankLevel.values()[l - 1] : null;
            for (Row row : shown.rows) {
                if ((prefix == null || row.code().startsWith(prefix)) && (wanted == null || row.level() == wanted)) {
                    rows.add(row);
                }
            }
        }
        Comparator<Row> order = sortColumn.order(locale, messages, regionLookup());
        rows.sort(descending ? order.reversed() : order);
        visible = rows;
        table.setItemCount(rows.size());
        table.clearAll();
        count.setText(shown == null ? "" : messages.get("ranking.count", rows.size()));
        count.getParent().getParent().layout(true, true);
    }

    private void sortBy(Column column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column.ordinal()));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        refilter();
    }

    private void fill(TableItem item) {
        int index = table.indexOf(item);
        if (index < 0 || index >= visible.size()) {
            return;
        }
        Row row = visible.get(index);
        Function<String, Region> regions = regionLookup();
        for (Column c : Column.values()) {
            item.setText(c.ordinal(), c.text(row, locale, messages, regions));
        }
    }

    private Function<String, Region> regionLookup() {
        return prefix -> model.regions().flatMap(r -> r.find(prefix)).map(this::current).orElse(null);
    }

    private Region current(Region region) {
        return shown == null ? region : shown.current(region);
    }

    private void publishSelection() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= visible.size()) {
            return;
        }
        Row row = visible.get(index);
        if (site.selection().map(s -> s.kato().equals(row.code())).orElse(false)) {
            return;
        }
        site.select(new SelectedUnit(row.code(), row.unit().nameKk(), row.unit().nameRu()));
    }

    private void reveal(SelectedUnit unit) {
        if (table.isDisposed()) {
            return;
        }
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).code().equals(unit.kato())) {
                if (table.getSelectionIndex() != i) {
                    table.setSelection(i);
                    table.showSelection();
                }
                return;
            }
        }
        table.deselectAll();
    }

    private void export() {
        if (shown == null) {
            site.showStatus(messages.get("export.nothing"));
            return;
        }
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.csv"});
        dialog.setFileName("readiness-" + shown.okrugs.period() + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        List<Row> rows = visible;
        boolean synthetic = shown.synthetic;
        Function<String, Region> regions = regionLookup();
        model.live().job(messages.get("job.export", chosen), monitor -> {
            String done;
            try {
                CsvExport.write(Path.of(chosen), rows, synthetic, locale, messages, regions);
                done = messages.get("export.done", rows.size(), chosen);
            } catch (IOException e) {
                done = messages.get("export.failed", chosen, String.valueOf(e.getMessage()));
            }
            String result = done;
            site.asyncExec(() -> site.showStatus(result));
        });
    }
}
