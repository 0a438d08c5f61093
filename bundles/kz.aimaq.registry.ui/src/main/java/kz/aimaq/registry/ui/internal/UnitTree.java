package kz.aimaq.registry.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.workbench.api.ViewSite;

/**
 * The whole country as a virtual tree: items are made only when they scroll into view, and a
 * unit's children are read from the registry (off the UI thread) the first time it is expanded.
 */
final class UnitTree {

    /** The key of the top-level list in {@link #children}. */
    private static final String TOP = "";

    /** The units on the way from the top to a unit, and the lists of children they sit in. */
    private record Path(List<Unit> chain, Map<String, List<Unit>> lists) {
    }

    private final Tree tree;
    private final RegistryAccess access;
    private final ViewSite site;
    private final Messages messages;
    private final Locale locale;
    private final Consumer<Optional<?>> availability;
    /** Children read so far, by parent code; touched on the UI thread only. */
    private final Map<String, List<Unit>> children = new HashMap<>();
    private final Set<String> loading = new HashSet<>();

    UnitTree(Composite parent, RegistryAccess access, ViewSite site, Consumer<Unit> onSelect,
            Consumer<Optional<?>> availability) {
        this.access = access;
        this.site = site;
        this.messages = site.messages();
        this.locale = messages.locale();
        this.availability = availability;
        tree = new Tree(parent, SWT.VIRTUAL | SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        column(messages.get("column.name"), 260);
        column(messages.get("column.code"), 100);
        tree.addListener(SWT.SetData, this::setData);
        tree.addListener(SWT.Expand, event -> expand((TreeItem) event.item));
        tree.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof Unit unit) {
                onSelect.accept(unit);
            }
        });
    }

    Tree control() {
        return tree;
    }

    /** Forgets what was read and reads the top level again. */
    void reload() {
        children.clear();
        loading.clear();
        tree.removeAll();
        access.read(site, RegistryService::roots, roots -> {
            if (tree.isDisposed()) {
                return;
            }
            availability.accept(roots);
            roots.ifPresent(units -> {
                children.put(TOP, units);
                tree.setItemCount(units.size());
                tree.clearAll(true);
            });
        }, this::failed);
    }

    /** Expands the tree down to the unit with this code and selects it. */
    void reveal(String code) {
        TreeItem[] selected = tree.getSelection();
        if (selected.length == 1 && selected[0].getData() instanceof Unit unit && unit.code().equals(code)) {
            return;
        }
        access.read(site, registry -> path(registry, code), path -> {
            if (!tree.isDisposed()) {
                path.ifPresent(this::show);
            }
        }, this::failed);
    }

    private static Path path(RegistryService registry, String code) {
        List<Unit> chain = new ArrayList<>(registry.ancestors(code));
        registry.find(code).ifPresent(chain::add);
        Map<String, List<Unit>> lists = new LinkedHashMap<>();
        lists.put(TOP, registry.roots());
        for (int i = 0; i < chain.size() - 1; i++) {
            lists.put(chain.get(i).code(), registry.children(chain.get(i).code()));
        }
        return new Path(chain, lists);
    }

    private void show(Path path) {
        children.putAll(path.lists());
        TreeItem item = null;
        String parentCode = TOP;
        for (Unit unit : path.chain()) {
            List<Unit> list = children.get(parentCode);
            int index = indexOf(list, unit.code());
            if (index < 0) {
                return;
            }
            TreeItem next;
            if (item == null) {
                tree.setItemCount(list.size());
                next = tree.getItem(index);
            } else {
                item.setItemCount(list.size());
                next = item.getItem(index);
                item.setExpanded(true);
            }
            fill(next, unit);
            item = next;
            parentCode = unit.code();
        }
        if (item != null) {
            tree.setSelection(item);
            tree.showItem(item);
        }
    }

    private static int indexOf(List<Unit> list, String code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private void setData(Event event) {
        TreeItem item = (TreeItem) event.item;
        TreeItem parent = item.getParentItem();
        String parentCode = parent == null ? TOP
                : parent.getData() instanceof Unit unit ? unit.code() : null;
        List<Unit> list = parentCode == null ? null : children.get(parentCode);
        if (list == null || event.index >= list.size()) {
            item.setText(messages.get("tree.loading"));
            return;
        }
        fill(item, list.get(event.index));
    }

    private void fill(TreeItem item, Unit unit) {
        item.setData(unit);
        item.setText(new String[] {unit.name(locale), unit.code()});
        List<Unit> known = children.get(unit.code());
        // A code whose last segment (HIJ) is not 000 is a settlement: KATO has nothing below it.
        // Anything else gets one placeholder child until it is expanded and its children are read.
        item.setItemCount(known != null ? known.size() : unit.code().endsWith("000") ? 1 : 0);
    }

    private void expand(TreeItem item) {
        if (!(item.getData() instanceof Unit unit) || children.containsKey(unit.code())
                || !loading.add(unit.code())) {
            return;
        }
        access.read(site, registry -> registry.children(unit.code()), found -> {
            loading.remove(unit.code());
            if (item.isDisposed() || found.isEmpty()) {
                return;
            }
            children.put(unit.code(), found.get());
            item.setItemCount(found.get().size());
            item.clearAll(true);
        }, failure -> {
            loading.remove(unit.code());
            failed(failure);
        });
    }

    private void failed(RuntimeException failure) {
        if (!tree.isDisposed()) {
            site.showStatus(messages.get("read.failed", String.valueOf(failure.getMessage())));
        }
    }

    private void column(String title, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }
}
