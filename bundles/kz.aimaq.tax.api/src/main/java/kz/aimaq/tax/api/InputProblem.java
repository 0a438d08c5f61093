package kz.aimaq.tax.api;

/**
 * Something wrong in an input file, located precisely.
 *
 * @param file   the file name
 * @param line   the 1-based line, 0 for the file as a whole
 * @param field  the column, or {@code -} for the whole line
 * @param reason what is wrong and what is expected, in the importing user's language (kk, ru or en)
 */
public record InputProblem(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + field + ": " + reason;
    }
}
