package kz.aimaq.readiness.api;

import java.util.List;
import java.util.stream.Collectors;

/** A methodology or data file was refused as a whole; {@link #problems()} lists every reason. */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
