package kz.aimaq.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.registry.api.Fact;

/**
 * Reads the population bulletin files shipped in {@code data/} into facts: total, male,
 * female, urban and rural people on the bulletin's date. {@code -} is the bulletin's "none".
 */
final class PopulationFile {

    static final LocalDate DATE = LocalDate.of(2023, 1, 1);

    private static final Map<String, String> COLUMNS = Map.of("total", Fact.POPULATION_TOTAL, "male",
            Fact.POPULATION_MALE, "female", Fact.POPULATION_FEMALE, "urban_total", Fact.POPULATION_URBAN,
            "rural_total", Fact.POPULATION_RURAL);

    private PopulationFile() {
    }

    /**
     * The facts of every row with a KATO code that is not in {@code skip} (rows of a unit
     * already read from another sheet).
     */
    static List<Fact> read(String file, byte[] bytes, String source, Set<String> skip) {
        CsvInput csv = RegistryCsv.readShipped(file, bytes);
        int kato = RegistryCsv.required(file, csv, "kato");
        int sourceRow = RegistryCsv.required(file, csv, "source_row");
        Map<String, Integer> column = new LinkedHashMap<>();
        COLUMNS.keySet().forEach(name -> column.put(name, RegistryCsv.required(file, csv, name)));
        List<Fact> facts = new ArrayList<>();
        for (CsvRow row : csv.rows()) {
            String code = row.get(kato);
            if (code.isEmpty() || skip.contains(code)) {
                continue;
            }
            // a citation stays in the language of the publication it cites (the bulletin is Russian)
            String rowSource = source + ", строка " + row.get(sourceRow);
            COLUMNS.forEach((name, key) -> {
                String value = row.get(column.get(name));
                facts.add(new Fact(code, key, DATE, DATE, "-".equals(value) ? "0" : value, rowSource));
            });
        }
        return facts;
    }
}
