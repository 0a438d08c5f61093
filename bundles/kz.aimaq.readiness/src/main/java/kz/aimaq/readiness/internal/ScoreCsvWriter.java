package kz.aimaq.readiness.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.NodeScore;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.UnitScore;

/**
 * Writes one row per unit in the user's CSV convention: unit, status, score, rank, band,
 * coverage, the score of every other group, and whether the data behind it is synthetic. Headers
 * are in the user's language with the column codes; group columns carry the group's id as code.
 */
final class ScoreCsvWriter {

    /**
     * Scores to four decimals: the precision of published indices such as the EGDI, and more than
     * a 0–100 score needs. Ranks are computed before rounding, so equal-looking scores may rank apart.
     */
    static final int DECIMALS = 4;

    private ScoreCsvWriter() {
    }

    static void write(ScoreTable table, Locale locale, OutputStream stream) throws IOException {
        Messages messages = ReadinessEngineImpl.messages(locale);
        CsvConvention convention = CsvConvention.of(locale);
        List<Group> groups = new ArrayList<>(table.methodology().groups());
        groups.remove(0);
        try (CsvOutput out = CsvOutput.open(stream, convention)) {
            List<String> header = new ArrayList<>();
            for (String code : List.of("unit", "status", "score", "rank", "band", "coverage")) {
                header.add(convention.header(messages.get("csv.column." + code), code));
            }
            groups.forEach(g -> header.add(convention.header(g.name().get(locale), g.id())));
            header.add(convention.header(messages.get("csv.column.synthetic"), "synthetic"));
            out.row(header);
            for (String unit : table.units()) {
                UnitScore score = table.unit(unit);
                NodeScore total = score.total();
                List<String> row = new ArrayList<>();
                row.add(unit);
                row.add(messages.get(total.sufficient() ? "csv.status.scored" : "csv.status.insufficient"));
                row.add(convention.number(total.score(), DECIMALS));
                row.add(total.sufficient() ? Integer.toString(total.rank()) : "");
                row.add(score.band() == null ? "" : score.band().id());
                row.add(convention.number(total.coverage(), 3));
                for (Group g : groups) {
                    row.add(convention.number(table.node(unit, g.id()).score(), DECIMALS));
                }
                row.add(convention.flag(score.synthetic()));
                out.row(row);
            }
        }
    }
}
