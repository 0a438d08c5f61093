package kz.aimaq.registry.api;

import java.util.List;
import java.util.stream.Collectors;

/** An import was refused as a whole; the registry is unchanged. Lists every problem found. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), nothing was imported:\n"
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
