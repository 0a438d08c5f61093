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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.registry.api.CsvFormat;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.storage.testing.TestDatabase;

/** CSV export for Excel (semicolons, byte-order mark, quoting) and its round trip through the import. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvExportTest {

    private static final String TRICKY_KK = "Орталық \"Жаңа\"; ауданы";
    private static final String TRICKY_RU = "Центральный, район";

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

    private byte[] export(String code, CsvFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.exportCsv(code, format, out);
        return out.toByteArray();
    }

    private Path exportEverything(CsvFormat format) throws IOException {
        return CountryCsv.write(folder.resolve("kato-" + (int) format.separator() + ".csv"),
                CountryCsv.lines(registry, format));
    }

    @Test
    void defaultExportIsForExcelSemicolonsAndByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.exportCsv("350000000", out);

        assertArrayEquals(export("350000000", CsvFormat.EXCEL), out.toByteArray());
        List<String> lines = lines(out.toByteArray());
        assertEquals(String.join(";", CsvFormat.COLUMNS), lines.get(0));
        assertTrue(lines.get(1).startsWith("350000000;;oblast;Қарағанды облысы;Карагандинская область;"),
                lines.get(1));
        assertEquals(registry.children("350000000").get(0).code(), lines.get(2).substring(0, 9));
    }

    @Test
    void namesWithTheSeparatorOrAQuoteAreQuotedAndKazakhLettersKept() throws Exception {
        String excel = lines(export("350000000", CsvFormat.EXCEL)).stream()
                .filter(l -> l.startsWith(tricky.code() + ";")).findFirst().orElseThrow();
        String comma = lines(export("350000000", CsvFormat.COMMA)).stream()
                .filter(l -> l.startsWith(tricky.code() + ",")).findFirst().orElseThrow();

        assertTrue(excel.contains(";\"Орталық \"\"Жаңа\"\"; ауданы\";Центральный, район;"), excel);
        assertTrue(comma.contains(",\"Орталық \"\"Жаңа\"\"; ауданы\",\"Центральный, район\","), comma);
    }

    @Test
    void semicolonExportOfTheWholeCountryReimportsWithoutDifferences() throws Exception {
        ImportPreview preview = registry.previewImport(exportEverything(CsvFormat.EXCEL));

        assertTrue(preview.isEmpty(), () -> "differences: " + preview);
    }

    @Test
    void commaExportOfTheWholeCountryReimportsWithoutDifferences() throws Exception {
        ImportPreview preview = registry.previewImport(exportEverything(CsvFormat.COMMA));

        assertTrue(preview.isEmpty(), () -> "differences: " + preview);
    }

    @Test
    void editedNameInASemicolonExportIsPreviewedAsARename() throws Exception {
        Path file = exportEverything(CsvFormat.EXCEL);
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
    void otherSeparatorsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvFormat('\t'));
    }

    @Test
    void servicesWithoutTheirOwnExportWalkTheTreeTheSameWay() throws Exception {
        RegistryService walking = new Delegating(registry);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        walking.exportCsv("350000000", CsvFormat.COMMA, out);

        assertArrayEquals(export("350000000", CsvFormat.COMMA), out.toByteArray());
        assertThrows(IllegalArgumentException.class,
                () -> walking.exportCsv("359999999", OutputStream.nullOutputStream()));
    }

    /** A service that implements only the abstract methods, so the interface's default export runs. */
    private record Delegating(RegistryService d) implements RegistryService {
        @Override
        public Optional<Unit> find(String code) {
            return d.find(code);
        }

        @Override
        public List<Unit> roots() {
            return d.roots();
        }

        @Override
        public List<Unit> children(String code) {
            return d.children(code);
        }

        @Override
        public List<Unit> ancestors(String code) {
            return d.ancestors(code);
        }

        @Override
        public List<Unit> search(String text, int limit) {
            return d.search(text, limit);
        }

        @Override
        public List<SearchHit> searchWithFormer(String text, int limit) {
            return d.searchWithFormer(text, limit);
        }

        @Override
        public List<Unit> history(String code) {
            return d.history(code);
        }

        @Override
        public List<Fact> facts(String code) {
            return d.facts(code);
        }

        @Override
        public void addFact(Fact fact) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Unit update(UnitEdit edit) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Unit abolish(String code, LocalDate effective) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public ImportPreview previewImport(Path file) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyImport(ImportPreview preview, int confirmedAbolished) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void exportJson(String code, OutputStream out) throws IOException {
            d.exportJson(code, out);
        }
    }
}
