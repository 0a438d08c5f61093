package kz.aimaq.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportProblem;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;

/**
 * Reads a KATO file: CSV UTF-8 with columns {@code kato, name_kk, name_ru, kind} and optionally
 * {@code parent_kato} (other columns, e.g. those of {@code kato-2026-tree.csv}, are ignored).
 * An empty or absent parent is the nearest ancestor present in the file. The whole file is
 * checked and every problem reported; units are returned only when there is none. Given the
 * database's column lengths, names that would not fit (the Kazakh one also in its Latin spelling)
 * are problems too, found here rather than when the import is written.
 */
final class KatoFile {

    static final List<String> REQUIRED = List.of("kato", "name_kk", "name_ru", "kind");
    static final String PARENT = "parent_kato";

    /**
     * The units in file order, or the problems; {@code endsMidLine} when the file's last byte is no
     * line break, as when it was cut off.
     */
    record Parsed(List<Unit> units, List<ImportProblem> problems, boolean endsMidLine) {
    }

    private record Raw(int line, String code, UnitKind kind, String parent, String nameKk, String nameRu) {
    }

    private KatoFile() {
    }

    /** Parses a file whose names are known to fit the database (the shipped classifier). */
    static Parsed parse(String file, byte[] bytes, LocalDate validFrom) {
        return parse(file, bytes, validFrom, Map.of());
    }

    /**
     * Parses a file; {@code limits} are the database's lengths of the columns {@code name_kk},
     * {@code name_ru} and {@code name_latin} (lower case), unchecked where absent.
     */
    static Parsed parse(String file, byte[] bytes, LocalDate validFrom, Map<String, Integer> limits) {
        return parse(file, bytes, validFrom, limits, Messages.of(KatoFile.class, Locale.ENGLISH));
    }

    /** Parses a file, its problems said in the language of {@code messages} (the importing user's). */
    static Parsed parse(String file, byte[] bytes, LocalDate validFrom, Map<String, Integer> limits,
            Messages messages) {
        boolean endsMidLine = bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r';
        CsvInput csv = CsvInput.read(bytes);
        List<ImportProblem> problems = new ArrayList<>(RegistryCsv.problems(file, csv, messages.locale()));
        if (!csv.header().isEmpty()) {
            for (String required : csv.missing(REQUIRED)) {
                problems.add(new ImportProblem(file, 1, required, messages.get("import.problem.missingColumn",
                        String.join(", ", REQUIRED), PARENT)));
            }
        }
        if (csv.header().isEmpty() || !csv.missing(REQUIRED).isEmpty()) {
            return new Parsed(List.of(), problems, endsMidLine);
        }
        Map<String, Raw> byCode = new LinkedHashMap<>();
        for (CsvRow row : csv.rows()) {
            Raw raw = readRow(file, row, csv, limits, problems, messages);
            if (raw != null) {
                Raw first = byCode.putIfAbsent(raw.code(), raw);
                if (first != null) {
                    problems.add(new ImportProblem(file, row.line(), "kato", messages.get(
                            "import.problem.duplicateCode", raw.code(), first.line())));
                }
            }
        }
        if (!csv.decoded()) {
            // parents on lines that could not be decoded would be reported missing: noise
            return new Parsed(List.of(), problems, endsMidLine);
        }
        Map<String, String> parents = resolveParents(file, byCode, problems, messages);
        if (!problems.isEmpty()) {
            // a parent that contains its child has fewer significant digits, so a cycle needs a
            // parent that does not: without problems so far there is none to look for
            findCycles(file, byCode, parents, problems, messages);
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems, endsMidLine);
        }
        List<Unit> units = new ArrayList<>(byCode.size());
        for (Raw raw : byCode.values()) {
            String parent = parents.get(raw.code());
            UnitKind parentKind = parent == null ? null : byCode.get(parent).kind();
            units.add(new Unit(raw.code(), raw.kind(), parent, raw.nameKk(), raw.nameRu(), Latin.of(raw.nameKk()),
                    null, raw.kind().hasOwnBudget(parentKind), validFrom, null));
        }
        return new Parsed(units, List.of(), endsMidLine);
    }

    private static Raw readRow(String file, CsvRow row, CsvInput csv, Map<String, Integer> limits,
            List<ImportProblem> problems, Messages messages) {
        int before = problems.size();
        String code = row.get(csv.column("kato")).strip();
        String codeProblem = KatoCode.problem(code, messages);
        if (codeProblem != null) {
            problems.add(new ImportProblem(file, row.line(), "kato", codeProblem));
        }
        String kindId = row.get(csv.column("kind")).strip();
        Optional<UnitKind> kind = UnitKind.ofId(kindId);
        if (kind.isEmpty()) {
            problems.add(new ImportProblem(file, row.line(), "kind", messages.get("import.problem.unknownKind", kindId,
                    Arrays.stream(UnitKind.values()).map(UnitKind::id).collect(Collectors.joining(", ")))));
        }
        String nameKk = row.get(csv.column("name_kk"));
        String nameRu = row.get(csv.column("name_ru"));
        if (nameKk.isBlank()) {
            problems.add(new ImportProblem(file, row.line(), "name_kk", messages.get("import.problem.missingName")));
        }
        if (nameRu.isBlank()) {
            problems.add(new ImportProblem(file, row.line(), "name_ru", messages.get("import.problem.missingName")));
        }
        String parent = row.get(csv.column(PARENT)).strip();
        String parentProblem = parent.isEmpty() ? null : KatoCode.problem(parent, messages);
        if (parentProblem != null) {
            problems.add(new ImportProblem(file, row.line(), PARENT, parentProblem));
        }
        Raw raw = problems.size() == before ? new Raw(row.line(), code, kind.get(), parent, nameKk, nameRu) : null;
        // a name too long is a problem of its own, and the unit still counts as a parent in the file
        checkLength(file, row.line(), "name_kk", nameKk, limits, problems, messages);
        checkLength(file, row.line(), "name_ru", nameRu, limits, problems, messages);
        Integer latinLimit = limits.get("name_latin");
        if (latinLimit != null) {
            int latin = Latin.of(nameKk).length();
            if (latin > latinLimit) {
                problems.add(new ImportProblem(file, row.line(), "name_kk", messages.get(
                        "import.problem.latinTooLong", latin, latinLimit)));
            }
        }
        return raw;
    }

    private static void checkLength(String file, int line, String field, String value, Map<String, Integer> limits,
            List<ImportProblem> problems, Messages messages) {
        Integer limit = limits.get(field);
        if (limit != null && value.length() > limit) {
            problems.add(new ImportProblem(file, line, field, messages.get("import.problem.nameTooLong",
                    value.length(), limit)));
        }
    }

    private static Map<String, String> resolveParents(String file, Map<String, Raw> byCode,
            List<ImportProblem> problems, Messages messages) {
        Map<String, String> parents = new HashMap<>();
        for (Raw raw : byCode.values()) {
            boolean top = KatoCode.topLevel(raw.code());
            if (raw.parent().isEmpty()) {
                String nearest = top ? null : KatoCode.nearestAncestor(raw.code(), byCode::containsKey);
                if (!top && nearest == null) {
                    problems.add(new ImportProblem(file, raw.line(), PARENT, messages.get("import.problem.noAncestor",
                            raw.code(), raw.code().substring(0, 2) + "0000000")));
                }
                parents.put(raw.code(), nearest);
                continue;
            }
            parents.put(raw.code(), raw.parent());
            if (top) {
                problems.add(new ImportProblem(file, raw.line(), PARENT, messages.get("import.problem.topLevelParent",
                        raw.code(), PARENT)));
            } else if (!byCode.containsKey(raw.parent())) {
                problems.add(new ImportProblem(file, raw.line(), PARENT, messages.get("import.problem.parentMissing",
                        raw.parent())));
            } else if (!KatoCode.contains(raw.parent(), raw.code())) {
                problems.add(new ImportProblem(file, raw.line(), PARENT, messages.get("import.problem.parentNotContaining",
                        raw.parent(), raw.code())));
            }
        }
        return parents;
    }

    private static void findCycles(String file, Map<String, Raw> byCode, Map<String, String> parents,
            List<ImportProblem> problems, Messages messages) {
        Set<String> done = new HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String code = start;
            while (code != null && !done.contains(code) && byCode.containsKey(code)) {
                if (!onPath.add(code)) {
                    List<String> cycle = path.subList(path.indexOf(code), path.size());
                    problems.add(new ImportProblem(file, byCode.get(code).line(), PARENT, messages.get(
                            "import.problem.cycle", String.join(" → ", cycle) + " → " + code)));
                    break;
                }
                path.add(code);
                code = parents.get(code);
            }
            done.addAll(path);
        }
    }
}
