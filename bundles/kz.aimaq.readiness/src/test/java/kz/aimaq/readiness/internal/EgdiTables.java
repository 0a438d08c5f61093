package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.readiness.api.IndicatorValue;

/** The published UN EGDI tables in the shared validation folder, read as they are. */
final class EgdiTables {

    /** From the module folder bundles/kz.aimaq.readiness to /work/shared/validation. */
    static final Path VALIDATION = Path.of("../../../shared/validation");

    /** One country's published row. */
    record Row(String country, double osi, double hci, double tii, double index, int rank) {
    }

    /** Column names of one edition: country, rank, index, OSI, HCI, TII. */
    record Edition(String file, String period, String country, String rank, String index, String osi, String hci,
            String tii) {
    }

    static final Edition E2022 = new Edition("egdi-2022.csv", "2022", "Country Name", "E-Government Rank",
            "E-Government Index", "Online Service Index", "Human Capital Index",
            "Telecommunication Infrastructure Index");
    static final Edition E2024 = new Edition("egdi-2024.csv", "2024", "Country", "Rank", "E_Index", "Online_Service",
            "Human_Capital", "Tele_Infra");

    static Edition older(String year) {
        return new Edition("egdi-" + year + ".csv", year, "country-name", "e-gov-rank", "e-gov-index", "osi", "hci",
                "tii");
    }

    private EgdiTables() {
    }

    static List<Row> read(Edition edition) throws IOException {
        Path file = VALIDATION.resolve(edition.file());
        assertTrue(Files.isRegularFile(file), "validation table missing: " + file.toAbsolutePath()
                + " (the EGDI tests read /work/shared/validation directly)");
        CsvInput csv = CsvInput.read(Files.readAllBytes(file));
        assertEquals(List.of(), csv.problems(), file.toString());
        List<String> header = csv.header();
        List<Row> out = new ArrayList<>();
        for (CsvRow row : csv.rows()) {
            List<String> f = row.fields();
            out.add(new Row(f.get(header.indexOf(edition.country())).strip(),
                    number(f, header, edition.osi()), number(f, header, edition.hci()),
                    number(f, header, edition.tii()), number(f, header, edition.index()),
                    (int) number(f, header, edition.rank())));
        }
        assertEquals(193, out.size(), edition.file() + " should hold 193 countries");
        return out;
    }

    /** The components as indicator values, one unit per country. */
    static List<IndicatorValue> values(List<Row> rows, String period) {
        List<IndicatorValue> values = new ArrayList<>();
        for (Row r : rows) {
            String source = "UN DESA, United Nations E-Government Survey " + period;
            values.add(new IndicatorValue(r.country(), "OSI", period, r.osi(), source));
            values.add(new IndicatorValue(r.country(), "HCI", period, r.hci(), source));
            values.add(new IndicatorValue(r.country(), "TII", period, r.tii(), source));
        }
        return values;
    }

    private static double number(List<String> fields, List<String> header, String column) {
        int i = header.indexOf(column);
        assertTrue(i >= 0, "column " + column + " not in " + header);
        return Double.parseDouble(fields.get(i).strip());
    }
}
