package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** CSV export in the user's convention (separator, headers with codes, quoting) and its round trip through the import. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvExportTest {

    private static final String TRICKY_KK = "Орталық \"Жаңа\"; ауданы";
    private static final String TRICKY_RU = "Центральный, район";
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @TempDir
    Path folder;

    private TestDatabase db;
    private RegistryServiceImpl registry;
    private Unit tricky;

    @BeforeAll
    void seed() throws Exception {
        db = TestDatabase.h2();
        registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
        Unit district = registry.children("350000000").get(0);
        tricky = registry.update(new UnitEdit(district.code(), TRICKY_KK, TRICKY_RU, district.parentCode()));
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private static List<String> lines(byte[] csv) {
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        return List.of(text.split("\r\n"));
    }

    private byte[] export(String code, CsvConvention convention, Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.exportCsv(code, convention, language, out);
        return out.toByteArray();
    }

    private Path exportEverything(CsvConvention convention) throws IOException {
        return CountryCsv.write(folder.resolve("kato-" + (int) convention.separator() + ".csv"),
                CountryCsv.lines(registry, convention));
    }

    @Test
    void kazakhHeadersCarryTheColumnCodesAndTheSubtreeComesParentFirst() throws Exception {
        List<String> lines = lines(export("350000000", CsvConvention.SEMICOLON, KAZAKH));

        assertEquals("ӘАОЖ коды [kato];Жоғары бірліктің ӘАОЖ коды [parent_kato];Түрі [kind];Қазақша атауы [name_kk];"
                + "Орысша атауы [name_ru];Латын әліпбиіндегі атауы [name_latin];Халық саны [population];"
                + "Өз бюджеті (1 = иә) [own_budget];Күшіне енген күні [valid_from]", lines.get(0));
        assertTrue(lines.get(1).startsWith("350000000;;oblast;Қарағанды облысы;Карагандинская область;"),
                lines.get(1));
        assertEquals(registry.children("350000000").get(0).code(), lines.get(2).substring(0, 9));
    }

    @Test
    void ownBudgetIsOneOrZeroAndPopulationAWholeNumber() throws Exception {
        Unit okrug = registry.children("350000000").stream().flatMap(d -> registry.children(d.code()).stream())
                .filter(Unit::ownBudget).findFirst().orElseThrow();
        String line = lines(export("350000000", CsvConvention.COMMA, Locale.ENGLISH)).stream()
                .filter(l -> l.startsWith(okrug.code() + ",")).findFirst().orElseThrow();

        assertTrue(line.endsWith(",1," + okrug.validFrom()), line);
        assertTrue(lines(export("350000000", CsvConvention.COMMA, Locale.ENGLISH)).get(1).contains(",0,"));
    }

    @Test
    void namesWithTheSeparatorOrAQuoteAreQuotedAndKazakhLettersKept() throws Exception {
        String excel = lines(export("350000000", CsvConvention.SEMICOLON, KAZAKH)).stream()
                .filter(l -> l.startsWith(tricky.code() + ";")).findFirst().orElseThrow();
        String comma = lines(export("350000000", CsvConvention.COMMA, Locale.ENGLISH)).stream()
                .filter(l -> l.startsWith(tricky.code() + ",")).findFirst().orElseThrow();

        assertTrue(excel.contains(";\"Орталық \"\"Жаңа\"\"; ауданы\";Центральный, район;"), excel);
        assertTrue(comma.contains(",\"Орталық \"\"Жаңа\"\"; ауданы\",\"Центральный, район\","), comma);
    }

    @Test
    void semicolonExportOfTheWholeCountryReimportsWithoutDifferences() throws Exception {
        ImportPreview preview = registry.previewImport(exportEverything(CsvConvention.SEMICOLON));

        assertTrue(preview.isEmpty(), () -> "differences: " + preview);
    }

    @Test
    void commaExportOfTheWholeCountryReimportsWithoutDifferences() throws Exception {
        ImportPreview preview = registry.previewImport(exportEverything(CsvConvention.COMMA));

        assertTrue(preview.isEmpty(), () -> "differences: " + preview);
    }

    @Test
    void editedNameInASemicolonExportIsPreviewedAsARename() throws Exception {
        Path file = exportEverything(CsvConvention.SEMICOLON);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\"Орталық \"\"Жаңа\"\"; ауданы\"", "\"Орталық; ауданы\""),
                StandardCharsets.UTF_8);

        ImportPreview preview = registry.previewImport(file);

        assertEquals(1, preview.renamed().size(), preview::toString);
        assertEquals("Орталық; ауданы", preview.renamed().get(0).after().nameKk());
        assertEquals(TRICKY_RU, preview.renamed().get(0).after().nameRu());
        assertTrue(preview.added().isEmpty() && preview.moved().isEmpty() && preview.abolished().isEmpty());
    }

    @Test
    void unknownUnitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> registry.exportCsv("359999999", CsvConvention.COMMA, Locale.ENGLISH, OutputStream.nullOutputStream()));
    }
}
