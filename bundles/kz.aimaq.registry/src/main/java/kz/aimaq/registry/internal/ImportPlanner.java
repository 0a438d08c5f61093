package kz.aimaq.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.ImportProblem;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;

/** Compares a parsed KATO file with the current units, and checks a preview is still valid. */
final class ImportPlanner {

    private ImportPlanner() {
    }

    /** The change note an import's versions are written with. */
    static String note(String file) {
        return "import " + file;
    }

    /**
     * The file name is written with every version the import adds (as its KATO version, and in its
     * change note): a name too long for those columns is a problem found before anything is written.
     */
    static List<ImportProblem> fileNameProblems(String file, Map<String, Integer> lengths, Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        Integer version = lengths.get("kato_version");
        Integer note = lengths.get("change_note");
        int longest = Math.min(version == null ? Integer.MAX_VALUE : version,
                note == null ? Integer.MAX_VALUE : note - note("").length());
        if (file.length() > longest) {
            problems.add(new ImportProblem(file, 0, "file name", messages.get("import.problem.fileNameTooLong",
                    file.length(), longest)));
        }
        return problems;
    }

    /**
     * Why a preview may not be applied with this confirmation: it
     * {@linkplain ImportPreview#needsConfirmation() needs one} and {@code confirmedAbolished} is not
     * its number of abolished units. Empty when it may.
     */
    static List<ImportProblem> unconfirmed(ImportPreview preview, int confirmedAbolished, Messages messages) {
        int abolished = preview.abolished().size();
        if (!preview.needsConfirmation() || confirmedAbolished == abolished) {
            return List.of();
        }
        List<String> why = new ArrayList<>();
        if (preview.abolishesMany()) {
            why.add(messages.get("import.problem.abolishesMany", abolished, preview.currentUnits()));
        }
        if (preview.endsMidLine()) {
            why.add(messages.get("import.problem.endsMidLine"));
        }
        String asked = confirmedAbolished < 0 ? messages.get("import.problem.confirmAbolished", abolished)
                : messages.get("import.problem.wrongConfirmation", confirmedAbolished, abolished);
        return List.of(new ImportProblem(preview.file(), 0, "-", String.join("; ", why) + "; " + asked));
    }

    static ImportPreview diff(String file, List<Unit> incoming, UnitIndex current, LocalDate effective,
            boolean endsMidLine) {
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
        return new ImportPreview(file, effective, added, renamed, moved, reclassified, abolished, current.size(),
                endsMidLine);
    }

    /** What changed in the registry since the preview was made; empty if nothing did. */
    static List<ImportProblem> stale(ImportPreview preview, UnitIndex current, Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Unit added : preview.added()) {
            if (current.find(added.code()).isPresent()) {
                problems.add(stale(preview, added.code(), messages));
            }
        }
        for (List<UnitChange> changes : List.of(preview.renamed(), preview.moved(), preview.reclassified())) {
            for (UnitChange change : changes) {
                if (!current.find(change.before().code()).map(u -> same(u, change.before())).orElse(false)) {
                    problems.add(stale(preview, change.before().code(), messages));
                }
            }
        }
        for (Unit abolished : preview.abolished()) {
            if (!current.find(abolished.code()).map(u -> same(u, abolished)).orElse(false)) {
                problems.add(stale(preview, abolished.code(), messages));
            }
        }
        return problems;
    }

    private static boolean same(Unit a, Unit b) {
        return a.kind() == b.kind() && Objects.equals(a.parentCode(), b.parentCode()) && a.nameKk().equals(b.nameKk())
                && a.nameRu().equals(b.nameRu()) && a.validFrom().equals(b.validFrom());
    }

    private static ImportProblem stale(ImportPreview preview, String code, Messages messages) {
        return new ImportProblem(preview.file(), 0, code, messages.get("import.problem.stale", code));
    }
}
