package kz.aimaq.registry.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.aimaq.registry.api.Unit;

/** Writes units as a JSON array (CSV is written by {@link UnitCsv}). */
final class Exporter {

    private Exporter() {
    }

    static void json(List<Unit> units, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("[");
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            w.write(i == 0 ? "\n" : ",\n");
            w.write("  {\"kato\": " + jsonString(u.code()) + ", \"parent_kato\": "
                    + (u.parentCode() == null ? "null" : jsonString(u.parentCode())) + ", \"kind\": "
                    + jsonString(u.kind().id()) + ", \"name_kk\": " + jsonString(u.nameKk()) + ", \"name_ru\": "
                    + jsonString(u.nameRu()) + ", \"name_latin\": " + jsonString(u.nameLatin())
                    + ", \"population\": " + (u.population() == null ? "null" : u.population().toString())
                    + ", \"own_budget\": " + u.ownBudget() + ", \"valid_from\": "
                    + jsonString(u.validFrom().toString()) + "}");
        }
        w.write("\n]\n");
        w.flush();
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
