package kz.aimaq.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.Unit;

/**
 * Units as CSV: headers in the user's language with the column codes that {@link KatoFile}
 * reads back, the kind by its code (the importer's), own budget as 1/0, dates in ISO form.
 */
final class UnitCsv {

    /** The column codes, in order. */
    static final List<String> COLUMNS = List.of("kato", "parent_kato", "kind", "name_kk", "name_ru", "name_latin",
            "population", "own_budget", "valid_from");

    private UnitCsv() {
    }

    static void write(List<Unit> units, CsvConvention convention, Locale language, OutputStream out)
            throws IOException {
        Messages messages = Messages.of(UnitCsv.class, language);
        try (CsvOutput csv = CsvOutput.open(out, convention)) {
            csv.row(COLUMNS.stream().map(c -> convention.header(messages.get("csv.column." + c), c)).toList());
            for (Unit u : units) {
                csv.row(u.code(), u.parentCode(), u.kind().id(), u.nameKk(), u.nameRu(), u.nameLatin(),
                        convention.integer(u.population()), convention.flag(u.ownBudget()), u.validFrom().toString());
            }
        }
    }
}
