package kz.aimaq.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.ImportProblem;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;

/** Compares a parsed KATO file with the current units, and checks a preview is still valid. */
final class ImportPlanner {

    private ImportPlanner() {
    }

    static ImportPreview diff(String file, List<Unit> incoming, UnitIndex current, LocalDate effective) {
        List<Unit> added = new ArrayList<>();
        List<UnitChange> renamed = new ArrayList<>();
        List<UnitChange> moved = new ArrayList<>();
        List<UnitChange> reclassified = new ArrayList<>();
        Map<String, Unit> byCode = new HashMap<>();
        for (Unit in : incoming) {
            Unit after = new Unit(in.code(), in.kind(), in.parentCode(), in.nameKk(), in.nameRu(), in.nameLatin(),
                    null, in.ownBudget(), effective, null);
            byCode.put(in.code(), after);
            Unit before = current.find(in.code()).orElse(null);
            if (before == null) {
                added.add(after);
                continue;
            }
            UnitChange change = new UnitChange(before, after);
            if (!before.nameKk().equals(after.nameKk()) || !before.nameRu().equals(after.nameRu())) {
                renamed.add(change);
            }
            if (!Objects.equals(before.parentCode(), after.parentCode())) {
                moved.add(change);
            }
            if (before.kind() != after.kind() || before.ownBudget() != after.ownBudget()) {
                reclassified.add(change);
            }
        }
        List<Unit> abolished = current.all().stream().filter(u -> !byCode.containsKey(u.code())).toList();
        return new ImportPreview(file, effective, added, renamed, moved, reclassified, abolished);
    }

    /** What changed in the registry since the preview was made; empty if nothing did. */
    static List<ImportProblem> stale(ImportPreview preview, UnitIndex current) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Unit added : preview.added()) {
            if (current.find(added.code()).isPresent()) {
                problems.add(stale(preview, added.code()));
            }
        }
        for (List<UnitChange> changes : List.of(preview.renamed(), preview.moved(), preview.reclassified())) {
            for (UnitChange change : changes) {
                if (!current.find(change.before().code()).map(u -> same(u, change.before())).orElse(false)) {
                    problems.add(stale(preview, change.before().code()));
                }
            }
        }
        for (Unit abolished : preview.abolished()) {
            if (!current.find(abolished.code()).map(u -> same(u, abolished)).orElse(false)) {
                problems.add(stale(preview, abolished.code()));
            }
        }
        return problems;
    }

    private static boolean same(Unit a, Unit b) {
        return a.kind() == b.kind() && Objects.equals(a.parentCode(), b.parentCode()) && a.nameKk().equals(b.nameKk())
                && a.nameRu().equals(b.nameRu()) && a.validFrom().equals(b.validFrom());
    }

    private static ImportProblem stale(ImportPreview preview, String code) {
        return new ImportProblem(preview.file(), 0, code, "unit " + code
                + " was changed in the registry after the preview was made; preview the file again");
    }
}
