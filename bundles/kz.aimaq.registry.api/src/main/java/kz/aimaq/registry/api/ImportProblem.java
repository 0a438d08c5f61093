package kz.aimaq.registry.api;

/**
 * Why an import file was refused: one problem, located.
 *
 * @param file   the file name
 * @param line   the 1-based line, 0 when the problem concerns the whole file
 * @param field  the column, or {@code -} when the problem concerns the whole line
 * @param reason what is wrong and what to do
 */
public record ImportProblem(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
