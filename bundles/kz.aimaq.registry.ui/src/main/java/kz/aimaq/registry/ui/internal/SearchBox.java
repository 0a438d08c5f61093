package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * Search as you type: a pause of {@value #PAUSE_MS} ms after the last key asks the registry
 * (off the UI thread) for up to {@value #LIMIT} units by code or any name, current or former (a
 * unit found by a former name or code says so, with that name and code); an answer to an older
 * query than the one in the box is dropped. Each result names its parent, so that the many
 * villages of one name can be told apart.
 */
final class SearchBox {

    static final int PAUSE_MS = 150;
    static final int LIMIT = 200;

    private final RegistryAccess access;
    private final ViewSite site;
    private final Messages messages;
    private final Locale locale;
    private final Text text;
    private final Label summary;
    private final Table results;
    private final Runnable search = this::search;
    private List<Found> shown = List.of();
    /** Counts queries, so that only the answer to the newest one is shown. */
    private int generation;

    SearchBox(Composite parent, RegistryAccess access, ViewSite site, Consumer<Unit> onSelect) {
        this.access = access;
        this.site = site;
        this.messages = site.messages();
        this.locale = messages.locale();
        text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        text.setMessage(messages.get("search.hint"));
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary = MessageLabels.create(parent);
        results = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        results.setHeaderVisible(true);
        GridData resultsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        resultsData.heightHint = 180;
        results.setLayoutData(resultsData);
        column(messages.get("column.code"), 95);
        column(messages.get("column.name"), 200);
        column(messages.get("column.kind"), 120);
        column(messages.get("column.parent"), 200);
        MessageLabels.setShown(results, false);
        text.addListener(SWT.Modify, event -> {
            text.getDisplay().timerExec(-1, search);
            text.getDisplay().timerExec(PAUSE_MS, search);
        });
        results.addListener(SWT.SetData, event -> {
            TableItem item = (TableItem) event.item;
            int index = results.indexOf(item);
            if (index >= 0 && index < shown.size()) {
                SearchHit hit = shown.get(index).hit();
                Unit unit = hit.unit();
                String name = hit.byFormer()
                        ? messages.get("search.former", unit.name(locale), hit.former().name(locale), hit.former().code())
                        : unit.name(locale);
                Unit above = shown.get(index).parent();
                item.setData(unit);
                item.setText(new String[] {unit.code(), name, Widgets.kind(messages, unit.kind()),
                        above == null ? "" : above.name(locale)});
            }
        });
        results.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof Unit unit) {
                onSelect.accept(unit);
            }
        });
    }

    Text text() {
        return text;
    }

    Table results() {
        return results;
    }

    private void search() {
        if (text.isDisposed()) {
            return;
        }
        String query = text.getText().trim();
        int asked = ++generation;
        if (query.isEmpty()) {
            show(List.of(), "");
            return;
        }
        access.read(site, registry -> registry.searchWithFormer(query, LIMIT).stream()
                .map(hit -> new Found(hit, hit.unit().parentCode() == null ? null
                        : registry.find(hit.unit().parentCode()).orElse(null)))
                .toList(), found -> {
            if (text.isDisposed() || asked != generation) {
                return;
            }
            List<Found> units = found.orElse(List.of());
            show(units, found.isEmpty() ? messages.get("registry.absent")
                    : units.isEmpty() ? messages.get("search.none", query)
                    : units.size() >= LIMIT ? messages.get("search.limited", LIMIT) : "");
        }, failure -> {
            if (!text.isDisposed() && asked == generation) {
                show(List.of(), messages.get("read.failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private void show(List<Found> units, String note) {
        // a row still selected in the window system would swallow the next click on that row
        results.deselectAll();
        shown = units;
        results.setItemCount(0);
        results.setItemCount(units.size());
        MessageLabels.setShown(results, !units.isEmpty());
        MessageLabels.show(summary, note, false);
    }

    /** A hit and its parent unit ({@code null} for a top-level unit). */
    private record Found(SearchHit hit, Unit parent) {
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(results, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }
}
