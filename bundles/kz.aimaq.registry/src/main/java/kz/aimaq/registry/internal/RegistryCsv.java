package kz.aimaq.registry.internal;

import java.util.List;
import java.util.Locale;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.registry.api.ImportProblem;

/** The registry's side of reading CSV: problems as {@link ImportProblem}s naming the file. */
final class RegistryCsv {

    private RegistryCsv() {
    }

    /** Reads a file shipped in this bundle, which must have no problem: one would be a build error. */
    static CsvInput readShipped(String file, byte[] bytes) {
        CsvInput csv = CsvInput.read(bytes);
        if (!csv.problems().isEmpty()) {
            throw new IllegalStateException("shipped file is broken: " + problems(file, csv, Locale.ENGLISH));
        }
        return csv;
    }

    /** The reader's problems, said in the language of the registry's other import problems. */
    static List<ImportProblem> problems(String file, CsvInput csv, Locale locale) {
        return csv.problems().stream()
                .map(p -> new ImportProblem(file, p.line(), p.field(), p.message(locale))).toList();
    }

    /** The field of a column that a shipped file must have. */
    static int required(String file, CsvInput csv, String code) {
        int column = csv.column(code);
        if (column < 0) {
            throw new IllegalStateException(file + ": missing column " + code);
        }
        return column;
    }
}
