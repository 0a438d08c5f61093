package kz.aimaq.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
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
        boolean endsMidLine = bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r';
        CsvInput csv = CsvInput.read(bytes);
        List<ImportProblem> problems = new ArrayList<>(RegistryCsv.problems(file, csv));
        if (!csv.header().isEmpty()) {
            for (String required : csv.missing(REQUIRED)) {
                problems.add(new ImportProblem(file, 1, required, "missing column; the header needs "
                        + String.join(", ", REQUIRED) + " and may have " + PARENT));
            }
        }
        if (csv.header().isEmpty() || !csv.missing(REQUIRED).isEmpty()) {
            return new Parsed(List.of(), problems, endsMidLine);
        }
        Map<String, Raw> byCode = new LinkedHashMap<>();
        for (CsvRow row : csv.rows()) {
            Raw raw = readRow(file, row, csv, limits, problems);
            if (raw != null) {
                Raw first = byCode.putIfAbsent(raw.code(), raw);
                if (first != null) {
                    problems.add(new ImportProblem(file, row.line(), "kato", "duplicate code " + raw.code()
                            + ", first on line " + first.line()));
                }
            }
        }
        if (!csv.decoded()) {
            // parents on lines that could not be decoded would be reported missing: noise
            return new Parsed(List.of(), problems, endsMidLine);
        }
        Map<String, String> parents = resolveParents(file, byCode, problems);
        if (!problems.isEmpty()) {
            // a parent that contains its child has fewer significant digits, so a cycle needs a
            // parent that does not: without problems so far there is none to look for
            findCycles(file, byCode, parents, problems);
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
            List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.get(csv.column("kato")).strip();
        String codeProblem = KatoCode.problem(code);
        if (codeProblem != null) {
            problems.add(new ImportProblem(file, row.line(), "kato", codeProblem));
        }
        String kindId = row.get(csv.column("kind")).strip();
        Optional<UnitKind> kind = UnitKind.ofId(kindId);
        if (kind.isEmpty()) {
            problems.add(new ImportProblem(file, row.line(), "kind", "unknown kind '" + kindId + "'; one of "
                    + Arrays.stream(UnitKind.values()).map(UnitKind::id).collect(Collectors.joining(", "))));
        }
        String nameKk = row.get(csv.column("name_kk"));
        String nameRu = row.get(csv.column("name_ru"));
        if (nameKk.isBlank()) {
            problems.add(new ImportProblem(file, row.line(), "name_kk", "missing name"));
        }
        if (nameRu.isBlank()) {
            problems.add(new ImportProblem(file, row.line(), "name_ru", "missing name"));
        }
        String parent = row.get(csv.column(PARENT)).strip();
        if (!parent.isEmpty() && KatoCode.problem(parent) != null) {
            problems.add(new ImportProblem(file, row.line(), PARENT, KatoCode.problem(parent)));
        }
        Raw raw = problems.size() == before ? new Raw(row.line(), code, kind.get(), parent, nameKk, nameRu) : null;
        // a name too long is a problem of its own, and the unit still counts as a parent in the file
        checkLength(file, row.line(), "name_kk", nameKk, limits, problems);
        checkLength(file, row.line(), "name_ru", nameRu, limits, problems);
        Integer latinLimit = limits.get("name_latin");
        if (latinLimit != null) {
            int latin = Latin.of(nameKk).length();
            if (latin > latinLimit) {
                problems.add(new ImportProblem(file, row.line(), "name_kk", "name too long: its Latin spelling has "
                        + latin + " characters, the database holds at most " + latinLimit));
            }
        }
        return raw;
    }

    private static void checkLength(String file, int line, String field, String value, Map<String, Integer> limits,
            List<ImportProblem> problems) {
        Integer limit = limits.get(field);
        if (limit != null && value.length() > limit) {
            problems.add(new ImportProblem(file, line, field, "name too long: " + value.length()
                    + " characters, the database holds at most " + limit));
        }
    }

    private static Map<String, String> resolveParents(String file, Map<String, Raw> byCode,
            List<ImportProblem> problems) {
        Map<String, String> parents = new HashMap<>();
        for (Raw raw : byCode.values()) {
            boolean top = KatoCode.topLevel(raw.code());
            if (raw.parent().isEmpty()) {
                String nearest = top ? null : KatoCode.nearestAncestor(raw.code(), byCode::containsKey);
                if (!top && nearest == null) {
                    problems.add(new ImportProblem(file, raw.line(), PARENT, "no ancestor of " + raw.code()
                            + " is in the file (not even its region " + raw.code().substring(0, 2) + "0000000)"));
                }
                parents.put(raw.code(), nearest);
                continue;
            }
            parents.put(raw.code(), raw.parent());
            if (top) {
                problems.add(new ImportProblem(file, raw.line(), PARENT, "the top-level unit " + raw.code()
                        + " cannot have a parent; leave " + PARENT + " empty"));
            } else if (!byCode.containsKey(raw.parent())) {
                problems.add(new ImportProblem(file, raw.line(), PARENT, "parent " + raw.parent()
                        + " is not in the file"));
            } else if (!KatoCode.contains(raw.parent(), raw.code())) {
                problems.add(new ImportProblem(file, raw.line(), PARENT, "parent " + raw.parent()
                        + " does not contain " + raw.code() + ": a parent's code is the unit's code cut after"
                        + " AB, AB CD or AB CD EF and filled with zeros"));
            }
        }
        return parents;
    }

    private static void findCycles(String file, Map<String, Raw> byCode, Map<String, String> parents,
            List<ImportProblem> problems) {
        Set<String> done = new HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String code = start;
            while (code != null && !done.contains(code) && byCode.containsKey(code)) {
                if (!onPath.add(code)) {
                    List<String> cycle = path.subList(path.indexOf(code), path.size());
                    problems.add(new ImportProblem(file, byCode.get(code).line(), PARENT, "cycle: "
                            + String.join(" → ", cycle) + " → " + code));
                    break;
                }
                path.add(code);
                code = parents.get(code);
            }
            done.addAll(path);
        }
    }
}
