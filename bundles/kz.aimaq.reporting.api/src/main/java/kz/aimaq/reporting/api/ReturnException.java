package kz.aimaq.reporting.api;

import java.util.List;

/** A submission or submission file refused: every problem, each saying where and why, localised. */
public class ReturnException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ReturnException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
