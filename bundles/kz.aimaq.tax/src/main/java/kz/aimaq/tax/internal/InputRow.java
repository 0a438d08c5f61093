package kz.aimaq.tax.internal;

import java.util.List;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.InputProblem;

/**
 * A data row of an input file (a CSV line, a spreadsheet row): its fields by column name, and
 * problems collected against its file and line, said in the importing user's language.
 */
abstract class InputRow {

    private final String file;
    private final long line;
    private final Messages texts;
    private final List<InputProblem> problems;

    InputRow(String file, long line, Messages texts, List<InputProblem> problems) {
        this.file = file;
        this.line = line;
        this.texts = texts;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    /** The problem texts this row's problems are said in. */
    Messages texts() {
        return texts;
    }

    /** The trimmed field; blank when the column is absent. */
    abstract String text(String column);

    /** The trimmed field, or a problem (and {@code null}) when it is blank. */
    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, "field.empty");
            return null;
        }
        return value;
    }

    /** A problem with a field: {@code key} of the problem texts, formatted with the arguments. */
    void problem(String column, String key, Object... arguments) {
        String reason = texts.get(key, arguments);
        String cell = cell(column);
        problems.add(new InputProblem(file, line, column, cell == null ? reason : texts.get("cell", reason, cell)));
    }

    /** The field's cell beyond file and line (a spreadsheet's {@code B3}); {@code null} by default. */
    String cell(String column) {
        return null;
    }
}
