package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.readiness.api.IndicatorValue;

/** The headless command scores a data set that names its own units, with no registry. */
class ReadinessCommandTest {

    @TempDir
    Path dir;

    private Locale defaultLocale;
    private final ReadinessCommand command = new ReadinessCommand(new ReadinessEngineImpl(), null);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoreWritesEgdi2022ScoresAndPublishedRanks() throws Exception {
        List<EgdiTables.Row> rows = EgdiTables.read(EgdiTables.E2022);
        Path data = dir.resolve("egdi-2022-components.csv");
        try (OutputStream stream = Files.newOutputStream(data); CsvOutput csv = CsvOutput.open(stream, CsvConvention.COMMA)) {
            csv.row("unit", "indicator", "period", "value", "source");
            for (IndicatorValue v : EgdiTables.values(rows, "2022")) {
                csv.row(v.unit(), v.indicator(), v.period(), Double.toString(v.value()), v.source());
            }
        }
        Path result = dir.resolve("scores.csv");

        int code = run("score", "--methodology", "builtin:egdi", "--data", data.toString(), "--out", result.toString(),
                "--rank-decimals", "4");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        CsvInput scores = CsvInput.read(Files.readAllBytes(result));
        assertEquals(List.of("Unit [unit]", "Status [status]", "Score [score]", "Rank [rank]", "Band [band]",
                "Coverage (share of indicators with data) [coverage]", "Synthetic data (1 = yes) [synthetic]"),
                scores.header());
        Map<String, CsvRow> byUnit = new HashMap<>();
        scores.rows().forEach(l -> byUnit.put(l.get(scores.column("unit")), l));
        assertEquals(193, byUnit.size());
        for (EgdiTables.Row r : rows) {
            CsvRow f = byUnit.get(r.country());
            assertEquals("scored", f.get(scores.column("status")));
            assertTrue(f.get(scores.column("score")).matches("0\\.\\d{4}"), f.toString());
            // both are rounded to 4 decimals, ours from the exact score: they differ by a unit of the last at most
            assertEquals(r.index(), Double.parseDouble(f.get(scores.column("score"))), 1.0001e-4, r.country());
            assertEquals(String.valueOf(r.rank()), f.get(scores.column("rank")), r.country());
            assertEquals("0", f.get(scores.column("synthetic")));
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("193"));
    }

    @Test
    void validateNamesTheFileLineAndPathOfABadWeight() throws Exception {
        Path methodology = dir.resolve("bad.json");
        Files.writeString(methodology, """
                {"id": "m", "version": "1", "title": "t", "root": "r",
                 "groups": [{"id": "r", "name": "r", "children": [
                    {"ref": "a", "weight": 0.5},
                    {"ref": "b", "weight": -0.5}]}],
                 "indicators": [
                   {"id": "a", "name": "a", "unit": "%", "direction": "higher", "normalisation": "min-max"},
                   {"id": "b", "name": "b", "unit": "%", "direction": "higher", "normalisation": "min-max"}]}
                """, StandardCharsets.UTF_8);

        int code = run("validate", "--methodology", methodology.toString());

        assertEquals(1, code);
        assertEquals(methodology + ":4:$.groups[0].children[1].weight: weight -0.5 is negative",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void scoreReportsEveryBadDataLineAndWritesNothing() throws Exception {
        Path data = dir.resolve("bad.csv");
        Files.writeString(data, "unit,indicator,period,value,source\n"
                + "351010000,A1,2024,12.5,operator\n"
                + "35101,A1,2024,1,operator\n"
                + "351010000,A2,2024,\"12,5\",operator\n", StandardCharsets.UTF_8);
        Path result = dir.resolve("scores.csv");

        int code = run("score", "--methodology", "builtin:aimaq-okrug", "--data", data.toString(), "--out",
                result.toString());

        assertEquals(1, code);
        assertEquals(List.of(data + ":3:unit: \"35101\" is not a 9-digit KATO code",
                data + ":4:value: \"12,5\" is not a number: use a point as the decimal separator"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
        assertTrue(Files.notExists(result));
    }

    @Test
    void unknownVerbOrMissingOptionPrintsUsage() throws Exception {
        assertEquals(2, run("rank", "--methodology", "x"));
        assertEquals(2, run("score", "--methodology", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(ReadinessCommand.USAGE));
    }

    private int run(String... arguments) throws Exception {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return command.run(List.of(arguments), o, e);
        }
    }

    @BeforeEach
    void english() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }
}
