package kz.aimaq.registry.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The layout of a CSV export: UTF-8 with a byte-order mark (so Excel reads Kazakh letters), CRLF
 * line ends, fields quoted where they contain the separator, a quote or a line break, and the
 * columns {@link #COLUMNS}, which re-import as a KATO file whichever separator is chosen.
 *
 * @param separator {@code ';'} (what Excel expects with Kazakh or Russian regional settings) or
 *                  {@code ','} (RFC 4180)
 * @since 1.1
 */
public record CsvFormat(char separator) {

    /** Semicolon-separated: opens in columns in Excel with Kazakh or Russian regional settings. */
    public static final CsvFormat EXCEL = new CsvFormat(';');

    /** Comma-separated, as RFC 4180 and most tools other than a localised Excel expect. */
    public static final CsvFormat COMMA = new CsvFormat(',');

    /** The exported columns, in order. */
    public static final List<String> COLUMNS = List.of("kato", "parent_kato", "kind", "name_kk", "name_ru",
            "name_latin", "population", "own_budget", "valid_from");

    public CsvFormat {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("CSV separator '" + separator + "': use ';' or ','");
        }
    }

    /** The header line, without its line end. */
    public String header() {
        return String.join(String.valueOf(separator), COLUMNS);
    }

    /** Writes the header and one line per unit, in the order given; flushes but does not close {@code out}. */
    public void write(List<Unit> units, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        w.write(header());
        w.write("\r\n");
        StringBuilder line = new StringBuilder(160);
        for (Unit u : units) {
            line.setLength(0);
            field(line, u.code());
            field(line, u.parentCode());
            field(line, u.kind().id());
            field(line, u.nameKk());
            field(line, u.nameRu());
            field(line, u.nameLatin());
            field(line, u.population() == null ? null : u.population().toString());
            field(line, Boolean.toString(u.ownBudget()));
            field(line, u.validFrom().toString());
            line.setCharAt(line.length() - 1, '\r');
            w.append(line).append('\n');
        }
        w.flush();
    }

    /** Appends a field and the separator; the last separator of the line is replaced by the line end. */
    private void field(StringBuilder line, String value) {
        String s = value == null ? "" : value;
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == separator || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            line.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            line.append(s);
        }
        line.append(separator);
    }
}
