package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** The {@code registry} command against a registry on H2, as an administrator with English messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryCommandTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private RegistryServiceImpl registry;
    private RegistryCommand command;

    @BeforeAll
    void seed() throws Exception {
        db = TestDatabase.h2();
        registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
        command = new RegistryCommand(() -> registry, TestUser.admin());
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    /** Exit code and what was printed. */
    private record Run(int exit, String out, String err) {
    }

    private Run run(String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private byte[] export(String code, CsvConvention convention) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.exportCsv(code, convention, TestUser.admin().locale(), out);
        return out.toByteArray();
    }

    @Test
    void findShowsAUnitFoundByItsFormerCodeAsFormer() throws Exception {
        Run run = run("find", "191600000");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("191000000  Қонаев Қ.Ә."), run.out());
        assertTrue(run.out().contains("[former: 191600000 Капчагай, until 2022-06-08]"), run.out());
    }

    @Test
    void findPrintsMatchingCodesAndNames() throws Exception {
        Run run = run("find", "Қарағанды");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("350000000  Қарағанды облысы / Карагандинская область"), run.out());
        assertTrue(run.out().lines().filter(l -> l.matches("\\d{9}  .*")).allMatch(l -> l.contains("арағанды")),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void exportWritesTheSubtreeInTheConventionOfTheUsersLanguageByDefault() throws Exception {
        Path file = folder.resolve("karaganda.csv");

        Run run = run("export", "350000000", "--format", "csv", "--out", file.toString());

        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(export("350000000", CsvConvention.of(TestUser.admin().locale())), Files.readAllBytes(file));
        assertTrue(run.out().contains(file.toAbsolutePath().toString()), run.out());
    }

    @Test
    void exportWithSemicolonSeparatorWritesSemicolonsAndDecimalCommasWhateverTheLanguage() throws Exception {
        Path file = folder.resolve("karaganda-semicolon.csv");

        Run run = run("export", "350000000", "--out", file.toString(), "--format", "CSV", "--separator", ";");

        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(export("350000000", CsvConvention.SEMICOLON), Files.readAllBytes(file));
    }

    @Test
    void exportAsJsonWritesTheSubtree() throws Exception {
        Path file = folder.resolve("karaganda.json");

        Run run = run("export", "350000000", "--format", "json", "--out", file.toString());

        assertEquals(0, run.exit(), run.err());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        registry.exportJson("350000000", expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
    }

    @Test
    void exportAllWritesTheWholeCountryInOneFileThatReimportsUnchanged() throws Exception {
        Path csv = folder.resolve("country.csv");
        Path json = folder.resolve("country.json");

        Run csvRun = run("export", "all", "--format", "csv", "--out", csv.toString());
        Run jsonRun = run("export", "all", "--format", "json", "--out", json.toString());

        assertEquals(0, csvRun.exit(), csvRun.err());
        assertEquals(0, jsonRun.exit(), jsonRun.err());
        List<String> lines = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).lines().toList();
        assertEquals(CountryCsv.lines(registry, CsvConvention.SEMICOLON).size(), lines.size(), "the header and every unit");
        assertTrue(registry.previewImport(csv).isEmpty(), "re-imports unchanged");
        assertEquals(lines.size() - 1, Files.readString(json).split("\"kato\"", -1).length - 1);
    }

    @Test
    void exportOfAnInvalidOrUnknownCodeFailsWithTheCodeAndWritesNothing() throws Exception {
        Path file = folder.resolve("none.csv");

        Run invalid = run("export", "35000000", "--format", "csv", "--out", file.toString());
        Run unknown = run("export", "359999999", "--format", "csv", "--out", file.toString());

        assertEquals(1, invalid.exit());
        assertEquals("35000000 is not a KATO code: a code has 9 digits, e.g. 350000000; look a code up with:"
                + " registry find <name>", invalid.err().strip());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("There is no current unit with the code 359999999"), unknown.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void misuseExitsTwoWithTheUsageAndWritesNothing() throws Exception {
        String out = folder.resolve("misuse.csv").toString();
        List<String[]> misuses = List.of(new String[0], new String[] { "frobnicate" }, new String[] { "find" },
                new String[] { "export" }, new String[] { "export", "350000000", "--format", "csv" },
                new String[] { "export", "350000000", "--out", out },
                new String[] { "export", "350000000", "--format", "csv", "--out" },
                new String[] { "export", "350000000", "--format", "csv", "--out", out, "--out", out },
                new String[] { "export", "350000000", "--format", "csv", "--out", out, "--level", "2" },
                new String[] { "import" }, new String[] { "import", "a.csv", "b.csv" });

        for (String[] misuse : misuses) {
            Run run = run(misuse);
            assertEquals(2, run.exit(), () -> String.join(" ", misuse));
            assertTrue(run.err().startsWith("Usage: registry find <text>"), run.err());
            assertEquals("", run.out());
        }
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void unknownFormatOrSeparatorExitsTwoNamingIt() throws Exception {
        String out = folder.resolve("wrong.csv").toString();

        Run format = run("export", "350000000", "--format", "xlsx", "--out", out);
        Run separator = run("export", "350000000", "--format", "csv", "--out", out, "--separator", "|");
        Run jsonSeparator = run("export", "350000000", "--format", "json", "--out", out, "--separator", ";");

        assertEquals(2, format.exit());
        assertTrue(format.err().contains("xlsx"), format.err());
        assertEquals(2, separator.exit());
        assertTrue(separator.err().startsWith("Unknown CSV separator |: use --separator ';'"), separator.err());
        assertEquals(2, jsonSeparator.exit());
        assertFalse(Files.exists(Path.of(out)));
    }

    /**
     * The whole country as exported, with one rural okrug added to, one unit renamed in and one
     * leaf removed from the {@code n}th district of Karaganda region.
     */
    private Path editedCountry(String name, int n, String newNameKk, String addedNameKk) throws Exception {
        Unit district = registry.children("350000000").stream()
                .filter(u -> u.kind() == UnitKind.DISTRICT && u.code().endsWith("00000")).toList().get(n);
        String added = district.code().substring(0, 4) + "99000";
        assertTrue(registry.find(added).isEmpty(), added);
        Unit renamed = registry.children(district.code()).get(0);
        List<String> lines = new ArrayList<>(CountryCsv.lines(registry, CsvConvention.SEMICOLON));
        int renamedLine = indexOf(lines, renamed.code());
        lines.set(renamedLine, lines.get(renamedLine).replace(";" + renamed.nameKk() + ";", ";" + newNameKk + ";"));
        int lastOfDistrict = indexOf(lines, district.code());
        while (lastOfDistrict + 1 < lines.size() && lines.get(lastOfDistrict + 1).startsWith(district.code()
                .substring(0, 4))) {
            lastOfDistrict++;
        }
        lines.remove(lastOfDistrict);
        lines.add(added + ";" + district.code() + ";rural_okrug;" + addedNameKk + ";Новый сельский округ;;;;");
        return CountryCsv.write(folder.resolve(name), lines);
    }

    private static int indexOf(List<String> lines, String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(code + ";")) {
                return i;
            }
        }
        throw new AssertionError("no line for " + code);
    }

    @Test
    void importPrintsThePreviewAndChangesNothing() throws Exception {
        Path file = editedCountry("preview.csv", 0, "Қайта аталған округ", "Жаңаөзен ауылдық округі");
        int roots = registry.roots().size();

        Run run = run("import", file.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("preview.csv: 1 added, 1 renamed, 0 moved, 0 reclassified, 1 abolished."),
                run.out());
        assertTrue(run.out().contains("Қайта аталған округ"), run.out());
        assertTrue(run.out().contains("Nothing was changed. Run the command again with --apply"), run.out());
        assertTrue(registry.search("Қайта аталған", 5).isEmpty());
        assertTrue(registry.search("Жаңаөзен ауылдық", 5).isEmpty());
        assertEquals(roots, registry.roots().size());
        assertEquals(1, registry.previewImport(file).abolished().size());
    }

    @Test
    void importWithApplyAppliesThePreview() throws Exception {
        Path file = editedCountry("apply.csv", 1, "Жаңа атаулы округ", "Бірлік ауылдық округі");
        var preview = registry.previewImport(file);
        String added = preview.added().get(0).code();
        String renamed = preview.renamed().get(0).after().code();
        String abolished = preview.abolished().get(0).code();

        Run run = run("import", file.toString(), "--apply");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Imported in one transaction"), run.out());
        assertEquals("Бірлік ауылдық округі", registry.find(added).orElseThrow().nameKk());
        assertEquals("Жаңа атаулы округ", registry.find(renamed).orElseThrow().nameKk());
        assertEquals(2, registry.history(renamed).size());
        assertTrue(registry.find(abolished).isEmpty());
        assertTrue(registry.previewImport(file).isEmpty());
    }

    @Test
    void aHeaderOnlyFileIsNotAppliedWithoutTheConfirmedCountAndThePreviewSaysWhy() throws Exception {
        Path file = Files.writeString(folder.resolve("header-only.csv"), "kato,parent_kato,kind,name_kk,name_ru\n",
                StandardCharsets.UTF_8);
        int units = registry.previewImport(file).currentUnits();

        Run preview = run("import", file.toString());
        Run applied = run("import", file.toString(), "--apply");
        Run wrong = run("import", file.toString(), "--apply", "--confirm-abolish", "12");
        Run notANumber = run("import", file.toString(), "--apply", "--confirm-abolish", "all");

        String warning = "would abolish " + units + " of the " + units + " current units";
        assertEquals(0, preview.exit(), preview.err());
        assertTrue(preview.out().contains(warning), preview.out());
        assertTrue(preview.out().contains("--confirm-abolish " + units), preview.out());
        assertEquals(1, applied.exit());
        assertTrue(applied.err().contains(warning) && applied.err().contains("--confirm-abolish " + units),
                applied.err());
        assertEquals(1, wrong.exit());
        assertEquals(2, notANumber.exit());
        assertEquals(20, registry.roots().size(), "nothing abolished");
    }

    @Test
    void aFileThatEndsMidLineIsAppliedOnlyWithTheConfirmedCount() throws Exception {
        byte[] whole = Files.readAllBytes(editedCountry("cut.csv", 2, "Кесілген файлдағы округ", "Үшінші округ"));
        Path file = Files.write(folder.resolve("cut.csv"), java.util.Arrays.copyOf(whole, whole.length - 2));
        int abolished = registry.previewImport(file).abolished().size();

        Run refused = run("import", file.toString(), "--apply");
        Run confirmed = run("import", file.toString(), "--apply", "--confirm-abolish", String.valueOf(abolished));

        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("does not end with a line break"), refused.err());
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("Imported in one transaction"), confirmed.out());
    }

    @Test
    void refusedImportListsEveryProblemAsFileLineFieldReasonAndChangesNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), String.join("\n",
                "kato;parent_kato;kind;name_kk;name_ru",
                "100000000;;oblast;Абай облысы;область Абай",
                "10100000;100000000;district;А ауданы;район А",
                "101000000;100000000;city_regional_admin;;Семей Г.А."), StandardCharsets.UTF_8);
        List<Unit> before = registry.history("101000000");
        int roots = registry.roots().size();

        Run run = run("import", file.toString(), "--apply");

        assertEquals(1, run.exit());
        List<String> err = run.err().lines().toList();
        assertTrue(err.get(0).startsWith("The import was refused; the registry is unchanged. 2 problem(s)"),
                run.err());
        assertEquals(List.of(
                "bad.csv:3:kato: invalid code '10100000': a KATO code has 9 digits, this has 8 characters",
                "bad.csv:4:name_kk: missing name"), err.subList(1, err.size()));
        assertEquals("", run.out());
        assertEquals(before, registry.history("101000000"));
        assertEquals(roots, registry.roots().size());
    }
}
