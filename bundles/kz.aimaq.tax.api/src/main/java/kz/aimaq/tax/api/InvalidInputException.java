package kz.aimaq.tax.api;

import java.util.List;

/** An input refused as a whole: nothing of it was written. */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
