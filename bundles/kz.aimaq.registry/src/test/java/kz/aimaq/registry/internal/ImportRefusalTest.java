package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportProblem;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;
import kz.aimaq.testing.TestRegions;

/** Every kind of bad input refuses the whole file, lists each problem located, and changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRefusalTest {

    private static final String HEADER = "kato,parent_kato,kind,name_kk,name_ru";
    private static final String OBLAST = "100000000,,oblast,Абай облысы,область Абай";

    @TempDir
    Path folder;

    private TestDatabase db;
    private RegistryServiceImpl registry;

    @BeforeAll
    void seed() throws Exception {
        db = TestDatabase.h2();
        registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @AfterEach
    void databaseIsUnchanged() {
        assertEquals(20, registry.roots().size());
        assertEquals(1, registry.history("100000000").size());
        assertEquals("область Абай", registry.find("100000000").orElseThrow().nameRu());
    }

    private List<ImportProblem> refuse(String... lines) throws Exception {
        return refuse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private List<ImportProblem> refuse(byte[] content) throws Exception {
        Path file = Files.write(folder.resolve("bad.csv"), content);
        return assertThrows(ImportException.class, () -> registry.previewImport(file)).problems();
    }

    private static void assertProblem(List<ImportProblem> problems, int line, String field, String reasonPart) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("bad.csv") && p.line() == line
                && p.field().equals(field) && p.reason().contains(reasonPart)),
                () -> "expected bad.csv:" + line + ": " + field + ": …" + reasonPart + "… in " + problems);
    }

    @Test
    void invalidCodesAreListedEachWithLineAndField() throws Exception {
        List<ImportProblem> problems = refuse(HEADER, OBLAST, "10100000,100000000,district,А ауданы,район А",
                "1010000A0,100000000,district,Б ауданы,район Б");

        assertProblem(problems, 3, "kato", "9 digits");
        assertProblem(problems, 4, "kato", "digits only");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void theProblemsAreSaidInTheImportingUsersLanguage() throws Exception {
        RegistryServiceImpl kazakh = Registries.open(db.database(), new kz.aimaq.testing.TestUser("admin",
                TestRegions.ASTANA, Languages.KAZAKH, UserContext.ROLE_NATIONAL_ADMIN), new RecordingAuditLog());
        Path file = Files.write(folder.resolve("bad.csv"), String.join("\n", HEADER, OBLAST, OBLAST,
                "10100000,100000000,district,А ауданы,район А", "101000000,100000000,city_regional_admin,Семей Қ.Ә.")
                .getBytes(StandardCharsets.UTF_8));

        List<ImportProblem> problems = assertThrows(ImportException.class, () -> kazakh.previewImport(file)).problems();

        assertProblem(problems, 3, "kato", "алғаш 2-жолда");
        assertProblem(problems, 4, "kato", "9 цифр болады, мұнда 8 таңба");
        assertTrue(problems.stream().noneMatch(p -> p.reason().matches(".*\\b(code|line|fields)\\b.*")),
                "no English left: " + problems);
    }

    @Test
    void parentThatDoesNotContainTheCodeIsRefused() throws Exception {
        List<ImportProblem> problems = refuse(HEADER, OBLAST, "110000000,,oblast,Ақмола облысы,Акмолинская область",
                "101800000,110000000,city_regional_admin,Курчатов Қ.Ә.,Курчатов Г.А.");

        assertProblem(problems, 4, "parent_kato", "does not contain");
    }

    @Test
    void duplicateCodeNamesTheFirstLine() throws Exception {
        assertProblem(refuse(HEADER, OBLAST, OBLAST), 3, "kato", "first on line 2");
    }

    @Test
    void cycleIsRefused() throws Exception {
        List<ImportProblem> problems = refuse(HEADER, OBLAST,
                "101000000,101010000,city_regional_admin,Семей Қ.Ә.,Семей Г.А.",
                "101010000,101000000,city,Семей қ.,г.Семей");

        assertProblem(problems, 3, "parent_kato", "cycle: 101000000 → 101010000 → 101000000");
    }

    @Test
    void missingNameIsRefused() throws Exception {
        assertProblem(refuse(HEADER, OBLAST, "101000000,100000000,city_regional_admin,  ,Семей Г.А."), 3, "name_kk",
                "missing name");
    }

    @Test
    void malformedRowsAreRefused() throws Exception {
        List<ImportProblem> problems = refuse(HEADER, OBLAST, "101000000,100000000,city_regional_admin,Семей Қ.Ә.",
                "101800000,100000000,city_regional_admin,\"Курчатов Қ.Ә.,Курчатов Г.А.");

        assertProblem(problems, 3, "-", "4 fields where the header has 5");
        assertProblem(problems, 4, "-", "not closed");
    }

    @Test
    void windows1251FileIsRefusedAtItsFirstBadLineNotMisDecoded() throws Exception {
        byte[] cp1251 = String.join("\n", HEADER, OBLAST.replace("Абай облысы", "Абай"),
                "101000000,100000000,city_regional_admin,Семей,Семей Г.А.").getBytes(Charset.forName("windows-1251"));

        List<ImportProblem> problems = refuse(cp1251);

        assertProblem(problems, 2, "-", "not UTF-8");
        assertProblem(problems, 2, "-", "1 more line(s) are not UTF-8 either, the last is line 3");
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void windows1251HeaderIsRefusedWithoutGuessingColumnsFromTheNextLine() throws Exception {
        byte[] cp1251 = String.join("\n", "код;название", OBLAST).getBytes(Charset.forName("windows-1251"));

        List<ImportProblem> problems = refuse(cp1251);

        assertProblem(problems, 1, "-", "not UTF-8");
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void invalidUtf8BytesInOneLineAreRefusedWithThatLine() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(String.join("\n", HEADER, OBLAST, "101000000,100000000,city_regional_admin,Семей")
                .getBytes(StandardCharsets.UTF_8));
        // 0xD0 starts a two-byte sequence (Cyrillic) that the comma after it cuts short
        file.write(0xD0);
        file.writeBytes(",Семей Г.А.\n101010000,101000000,city,Семей қ.,г.Семей\n".getBytes(StandardCharsets.UTF_8));

        List<ImportProblem> problems = refuse(file.toByteArray());

        assertProblem(problems, 3, "-", "not UTF-8");
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void semicolonSeparatedFileIsCheckedColumnByColumn() throws Exception {
        List<ImportProblem> problems = refuse(HEADER.replace(',', ';'), OBLAST.replace(',', ';'),
                "101000000;100000000;city_regional_admin;;Семей Г.А.",
                "10100000;100000000;district;\"Ауданы; А\";район А");

        assertProblem(problems, 3, "name_kk", "missing name");
        assertProblem(problems, 4, "kato", "9 digits");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void unknownKindAndMissingColumnAreRefused() throws Exception {
        assertProblem(refuse(HEADER, "100000000,,province,Абай облысы,область Абай"), 2, "kind", "rural_okrug");
        assertProblem(refuse("kato,name_kk,name_ru", OBLAST), 1, "kind", "missing column");
    }
}
