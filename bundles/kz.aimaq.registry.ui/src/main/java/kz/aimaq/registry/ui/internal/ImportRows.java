package kz.aimaq.registry.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;

/**
 * The changes of an import preview as the rows of a table, in the user's language. Built on
 * the job's thread because a move names the old and new parents, which may need registry reads.
 */
final class ImportRows {

    /** One line of the table: the kind of change, the unit's code, and what it was and becomes. */
    record Row(String change, String code, String before, String after) {
    }

    private final Messages messages;
    private final Locale locale;
    private final RegistryService registry;
    private final Map<String, Unit> added = new HashMap<>();

    private ImportRows(Messages messages, RegistryService registry, ImportPreview preview) {
        this.messages = messages;
        this.locale = messages.locale();
        this.registry = registry;
        preview.added().forEach(unit -> added.put(unit.code(), unit));
    }

    /** Every change of {@code preview}: added, renamed, moved, reclassified, then abolished units. */
    static List<Row> of(Messages messages, RegistryService registry, ImportPreview preview) {
        return new ImportRows(messages, registry, preview).rows(preview);
    }

    private List<Row> rows(ImportPreview preview) {
        List<Row> rows = new ArrayList<>();
        String added = messages.get("import.change.added");
        for (Unit unit : preview.added()) {
            rows.add(new Row(added, unit.code(), "", describe(unit)));
        }
        String renamed = messages.get("import.change.renamed");
        for (UnitChange change : preview.renamed()) {
            rows.add(new Row(renamed, change.after().code(), change.before().name(locale), change.after().name(locale)));
        }
        String moved = messages.get("import.change.moved");
        for (UnitChange change : preview.moved()) {
            rows.add(new Row(moved, change.after().code(), parent(change.before().parentCode()),
                    parent(change.after().parentCode())));
        }
        String reclassified = messages.get("import.change.reclassified");
        for (UnitChange change : preview.reclassified()) {
            rows.add(new Row(reclassified, change.after().code(), Widgets.kind(messages, change.before().kind()),
                    Widgets.kind(messages, change.after().kind())));
        }
        String abolished = messages.get("import.change.abolished");
        for (Unit unit : preview.abolished()) {
            rows.add(new Row(abolished, unit.code(), describe(unit), ""));
        }
        return rows;
    }

    private String describe(Unit unit) {
        return messages.get("import.unit", unit.name(locale), Widgets.kind(messages, unit.kind()));
    }

    /** A parent as code and name; the new parent may be a unit the same file adds. */
    private String parent(String code) {
        if (code == null) {
            return messages.get("field.parents.none");
        }
        Optional<Unit> unit = Optional.ofNullable(added.get(code)).or(() -> registry.find(code));
        return unit.map(u -> messages.get("import.parent", code, u.name(locale))).orElse(code);
    }
}
