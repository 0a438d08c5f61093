package kz.aimaq.readiness.api;

/**
 * One thing wrong with an input file, precise enough to fix it.
 *
 * @param file   the file name as given
 * @param line   1-based line, or 0 where not known
 * @param field  the CSV column, or the JSON path of the offending node ({@code $.nodes[2].weight})
 * @param reason what is wrong, in the requested language
 */
public record InputProblem(String file, int line, String field, String reason) {

    /** {@code file:line:field: reason}. */
    @Override
    public String toString() {
        return file + ':' + line + ':' + field + ": " + reason;
    }
}
