package kz.aimaq.readiness.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.NodeScore;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.UnitScore;

/**
 * Writes one row per unit: {@code unit,status,score,rank,band,coverage}, the score of every
 * other group, and whether the data behind it is synthetic.
 */
final class ScoreCsvWriter {

    static final String SCORED = "scored";
    static final String INSUFFICIENT = "insufficient data";

    private static final MathContext SIGNIFICANT = new MathContext(12);

    private ScoreCsvWriter() {
    }

    static void write(ScoreTable table, Writer out) throws IOException {
        List<Group> groups = new ArrayList<>(table.methodology().groups());
        groups.remove(0);
        StringBuilder line = new StringBuilder("unit,status,score,rank,band,coverage");
        groups.forEach(g -> line.append(',').append(quote(g.id())));
        out.write(line.append(",synthetic\n").toString());
        for (String unit : table.units()) {
            UnitScore score = table.unit(unit);
            NodeScore total = score.total();
            line.setLength(0);
            line.append(quote(unit)).append(',').append(total.sufficient() ? SCORED : INSUFFICIENT).append(',')
                    .append(number(total.score())).append(',').append(total.sufficient() ? total.rank() : "")
                    .append(',').append(score.band() == null ? "" : score.band().id()).append(',')
                    .append(number(total.coverage()));
            for (Group g : groups) {
                line.append(',').append(number(table.node(unit, g.id()).score()));
            }
            out.write(line.append(',').append(score.synthetic()).append('\n').toString());
        }
    }

    /** Shortest exact decimal, never exponent notation; empty for "no score". */
    /**
     * A score to 12 significant digits, the precision the ranking compares: the digits beyond are
     * the noise of adding in binary (0.90095 rather than 0.9009499999999999).
     */
    static String number(double value) {
        return Double.isNaN(value) ? ""
                : BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
