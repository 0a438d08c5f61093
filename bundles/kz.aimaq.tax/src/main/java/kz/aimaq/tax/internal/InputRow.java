package kz.aimaq.tax.internal;

import java.util.List;

import kz.aimaq.tax.api.InputProblem;

/**
 * A data row of an input file (a CSV line, a spreadsheet row): its fields by column name, and
 * problems collected against its file and line.
 */
abstract class InputRow {

    private final String file;
    private final long line;
    private final List<InputProblem> problems;

    InputRow(String file, long line, List<InputProblem> problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    /** The trimmed field; blank when the column is absent. */
    abstract String text(String column);

    /** The trimmed field, or a problem (and {@code null}) when it is blank. */
    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, "is empty");
            return null;
        }
        return value;
    }

    void problem(String column, String reason) {
        problems.add(new InputProblem(file, line, column, reason + where(column)));
    }

    /** Where in the file the field is, beyond file and line (a spreadsheet's cell); empty by default. */
    String where(String column) {
        return "";
    }
}
