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
    private final ReadinessCommand command = new ReadinessCommand(new ReadinessEngineImpl(), null, null);
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

    /** A methodology of three indicators already on the 0–100 scale (normalisation none), weighted 0.3333 each. */
    private Path thirds() throws Exception {
        return Files.writeString(dir.resolve("thirds.json"), """
                {"id": "thirds", "version": "1", "title": "t", "scale": 100, "root": "r",
                 "groups": [{"id": "r", "name": "r", "children": [
                    {"ref": "a", "weight": 0.3333}, {"ref": "b", "weight": 0.3333}, {"ref": "c", "weight": 0.3333}]}],
                 "indicators": [
                   {"id": "a", "name": "a", "unit": "points", "direction": "higher", "normalisation": "none"},
                   {"id": "b", "name": "b", "unit": "points", "direction": "higher", "normalisation": "none"},
                   {"id": "c", "name": "c", "unit": "points", "direction": "higher", "normalisation": "none"}]}
                """, StandardCharsets.UTF_8);
    }

    private Path data(String... rows) throws Exception {
        return Files.writeString(dir.resolve("data.csv"), "unit,indicator,period,value,source\n"
                + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    private static final String[] GOOD = {"Alpha,a,2024,80,survey", "Alpha,b,2024,60,survey", "Alpha,c,2024,40,survey",
        "Beta,a,2024,50,survey", "Beta,b,2024,50,survey", "Beta,c,2024,50,survey"};

    @Test
    void weightsOfAThirdWrittenWithFourDecimalsAreAccepted() throws Exception {
        int code = run("validate", "--methodology", thirds().toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void weightsThatReallyDoNotSumToOneNameTheirSum() throws Exception {
        Path methodology = Files.writeString(dir.resolve("tenths.json"), Files.readString(thirds())
                .replace("0.3333", "0.3"), StandardCharsets.UTF_8);

        int code = run("validate", "--methodology", methodology.toString());

        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sum to 0.9, not 1"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPeriodTheDataDoesNotHaveIsRefusedNamingThePeriodsItHas() throws Exception {
        Path result = dir.resolve("scores.csv");

        int code = run("score", "--methodology", thirds().toString(), "--data", data(GOOD).toString(),
                "--out", result.toString(), "--period", "2025");

        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("2025") && said.contains("2024"), said);
        assertTrue(Files.notExists(result));
    }

    @Test
    void aValueOutsideTheScaleOfAnIndicatorWithoutNormalisationIsRefused() throws Exception {
        Path result = dir.resolve("scores.csv");
        String[] rows = GOOD.clone();
        rows[1] = "Alpha,b,2024,150,survey";

        int code = run("score", "--methodology", thirds().toString(), "--data", data(rows).toString(),
                "--out", result.toString());

        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("Alpha") && said.contains("150") && said.contains("100") && said.contains(":3:"), said);
        assertTrue(Files.notExists(result));
    }

    @Test
    void outOntoAFolderOrIntoAMissingFolderIsRefusedAndLeavesNoTemporaryFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("results"));
        Path missing = dir.resolve("no-such-folder").resolve("scores.csv");
        Path data = data(GOOD);
        Path methodology = thirds();

        int ontoFolder = run("score", "--methodology", methodology.toString(), "--data", data.toString(),
                "--out", folder.toString());
        int intoMissing = run("score", "--methodology", methodology.toString(), "--data", data.toString(),
                "--out", missing.toString());

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, ontoFolder, said);
        assertEquals(1, intoMissing, said);
        assertTrue(Files.isDirectory(folder), "the folder is kept");
        assertTrue(said.contains(folder.toString()) && said.contains(missing.getParent().toString()), said);
        assertTrue(!said.contains(".readiness") && !said.contains(".tmp"), "no temporary file named: " + said);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("data.csv", "results", "thirds.json"), files.map(f -> f.getFileName().toString())
                    .sorted().toList(), "nothing left behind");
        }
    }

    @Test
    void theScoresFileGetsTheSamePermissionsAsAnyNewFile() throws Exception {
        Path result = dir.resolve("scores.csv");
        Path probe = Files.createFile(dir.resolve("probe.txt"));

        int code = run("score", "--methodology", thirds().toString(), "--data", data(GOOD).toString(),
                "--out", result.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(result));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("data.csv", "probe.txt", "scores.csv", "thirds.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
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
