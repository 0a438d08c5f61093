package kz.aimaq.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.registry.api.Unit;

/**
 * Reads {@code kato-moves-2018-2024.csv} (district-level codes the 2022 reform changed) into
 * closed versions of the old codes, each linked to its successor. How the dates and the old
 * Kazakh names are chosen is explained in {@code data/SOURCES.md}, section 3.
 */
final class MovesFile {

    /**
     * The reform date. The data set's notes give none; the Abai, Jetisu and Ulytau oblasts were
     * formed on 8 June 2022, so the old codes end on that day (exclusive).
     */
    static final LocalDate REFORM = LocalDate.of(2022, 6, 8);
    /** The earliest layer the pairs come from is geokz 2018; when the old codes began is not known. */
    static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);

    /** One row: the old code and names, the successor's code and Kazakh name, what changed. */
    record Move(int line, String oldCode, String oldNameRu, String newCode, String newNameKk, String change) {

        /** Whether the unit was renamed too (its old Kazakh name is not in the file). */
        boolean renamed() {
            return change.startsWith("renamed");
        }
    }

    private MovesFile() {
    }

    static List<Move> read(String file, byte[] bytes) {
        CsvInput csv = RegistryCsv.readShipped(file, bytes);
        List<Move> moves = new ArrayList<>();
        for (CsvRow row : csv.rows()) {
            Function<String, String> field = name -> row.get(RegistryCsv.required(file, csv, name)).strip();
            String oldCode = field.apply("old_kato");
            String newCode = field.apply("new_kato");
            for (String code : List.of(oldCode, newCode)) {
                if (KatoCode.problem(code) != null) {
                    throw new IllegalStateException(file + " line " + row.line() + ": " + KatoCode.problem(code));
                }
            }
            moves.add(new Move(row.line(), oldCode, field.apply("old_name_ru"), newCode, field.apply("new_name_kk"),
                    field.apply("change")));
        }
        return moves;
    }

    /**
     * The old version of each move whose successor is a current unit ({@code current} gives it or
     * {@code null}); the old unit was of the successor's kind and hung under its old oblast.
     */
    static List<Unit> formerVersions(List<Move> moves, Function<String, Unit> current) {
        List<Unit> versions = new ArrayList<>(moves.size());
        for (Move move : moves) {
            Unit successor = current.apply(move.newCode());
            if (successor == null) {
                continue;
            }
            String nameKk = move.renamed() ? move.oldNameRu() : move.newNameKk();
            versions.add(new Unit(move.oldCode(), successor.kind(), move.oldCode().substring(0, 2) + "0000000",
                    nameKk, move.oldNameRu(), Latin.of(nameKk), null, successor.ownBudget(), EARLIEST, REFORM,
                    move.newCode()));
        }
        return versions;
    }
}
