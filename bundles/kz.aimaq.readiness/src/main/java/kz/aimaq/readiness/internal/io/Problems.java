package kz.aimaq.readiness.internal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import kz.aimaq.csv.CsvProblem;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.InputProblem;
import kz.aimaq.readiness.api.InvalidInputException;

/** Collects every problem of one input file, so that the whole file is refused at once. */
public final class Problems {

    private final String file;
    private final Messages messages;
    private final List<InputProblem> list = new ArrayList<>();

    public Problems(String file, Messages messages) {
        this.file = file;
        this.messages = messages;
    }

    public void add(int line, String field, String key, Object... arguments) {
        list.add(new InputProblem(file, line, field, messages.get(key, arguments)));
    }

    /** A problem the CSV reader found, said in the given language. */
    public void add(CsvProblem problem, Locale locale) {
        list.add(new InputProblem(file, problem.line(), problem.field(), problem.message(locale)));
    }

    /** Forgets what was collected, for a more precise problem to take its place. */
    public void clear() {
        list.clear();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The exception refusing the file for the problems collected so far, in line order. */
    public InvalidInputException refusal() {
        list.sort(Comparator.comparingInt(InputProblem::line));
        return new InvalidInputException(list);
    }

    /** Throws when anything was collected. */
    public void throwIfAny() throws InvalidInputException {
        if (!list.isEmpty()) {
            throw refusal();
        }
    }
}
