package kz.aimaq.reporting.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvProblem;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * A return's values loaded from a file: CSV (UTF-8, {@code ;} or {@code ,}) with the columns
 * {@code field} and {@code value}, one field a line, as a spreadsheet saves it. Every problem
 * names the file, line and field; a file with problems loads nothing.
 */
final class ValuesFile {

    /** What a file gave: the values by field, or the problems that kept them out. */
    record Loaded(Map<String, String> values, List<String> problems) {
    }

    private ValuesFile() {
    }

    static Loaded read(String fileName, byte[] bytes, Set<String> fields, Messages messages) {
        CsvInput input = CsvInput.read(bytes);
        List<String> problems = new ArrayList<>();
        for (CsvProblem problem : input.problems()) {
            problems.add(messages.get("returns.fileWhere", fileName, problem.line(), problem.field())
                    + " " + problem.message(messages.locale()));
        }
        if (!problems.isEmpty()) {
            return new Loaded(Map.of(), problems);
        }
        List<String> missing = input.missing(List.of("field", "value"));
        if (!missing.isEmpty()) {
            return new Loaded(Map.of(), List.of(messages.get("returns.fileWhere", fileName, 1, String.join(", ", missing))
                    + " " + messages.get("returns.fileHeader")));
        }
        int field = input.column("field");
        int value = input.column("value");
        Map<String, String> values = new LinkedHashMap<>();
        for (CsvRow row : input.rows()) {
            String key = row.get(field).strip();
            String where = messages.get("returns.fileWhere", fileName, row.line(), key.isEmpty() ? "field" : key) + " ";
            if (!fields.contains(key)) {
                problems.add(where + messages.get("returns.fileUnknown", key));
            } else if (values.containsKey(key)) {
                problems.add(where + messages.get("returns.fileTwice", key));
            } else {
                values.put(key, row.get(value).strip());
            }
        }
        return problems.isEmpty() ? new Loaded(values, List.of()) : new Loaded(Map.of(), problems);
    }

    /**
     * A value as the returns store it: a plain number with a decimal point. Spaces that group
     * digits and a decimal comma (as Kazakh and Russian write it) are accepted; empty when the
     * text is not a number.
     */
    static java.util.Optional<String> number(String text) {
        String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        return plain.matches("-?\\d+(\\.\\d+)?") ? java.util.Optional.of(plain) : java.util.Optional.empty();
    }
}
