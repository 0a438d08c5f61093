package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** Reads of the registry seeded with the shipped classifier, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeededRegistryContract {

    private TestDatabase db;
    private RegistryServiceImpl registry;

    abstract TestDatabase open();

    @BeforeAll
    void seed() throws Exception {
        db = open();
        registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private List<Unit> everyUnit() {
        List<Unit> all = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>(registry.roots());
        while (!todo.isEmpty()) {
            Unit u = todo.pop();
            all.add(u);
            todo.addAll(registry.children(u.code()));
        }
        return all;
    }

    @Test
    void firstStartHoldsEveryUnitOfTheCountry() {
        List<Unit> all = everyUnit();

        assertEquals(15_594, all.size());
        assertEquals(20, registry.roots().size());
        Map<String, Integer> kinds = new TreeMap<>();
        all.forEach(u -> kinds.merge(u.kind().id(), 1, Integer::sum));
        assertEquals(17, kinds.get("oblast"));
        assertEquals(3, kinds.get("city_republican"));
        assertEquals(170, kinds.get("district"));
        assertEquals(2_108, kinds.get("rural_okrug"));
        assertEquals(48, kinds.get("town"));
        assertEquals(9_551, kinds.get("village"));
        assertEquals(3_293, kinds.get("locality"));
    }

    @Test
    void laterStartReadsBackExactlyWhatFirstStartIndexed() throws Exception {
        List<Unit> seeded = everyUnit();

        RegistryServiceImpl reopened = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());

        List<Unit> reread = new ArrayList<>();
        for (Unit u : seeded) {
            reread.add(reopened.find(u.code()).orElseThrow());
        }
        assertEquals(seeded, reread);
        assertEquals(registry.search("Алматы", 50), reopened.search("Алматы", 50));
    }

    @Test
    void parentIsTheNearestExistingAncestor() {
        assertEquals("710000000", registry.find("711110000").orElseThrow().parentCode(), "Astana district");
        assertEquals("113800000", registry.find("113820100").orElseThrow().parentCode(), "town of Atbasar");
        assertEquals("632400000", registry.find("632400200").orElseThrow().parentCode(), "п.Ульба under Ridder");
        assertEquals("151000000", registry.find("151011100").orElseThrow().parentCode(), "district of Aktobe");
        assertEquals(List.of("190000000", "191000000"),
                registry.ancestors("191010000").stream().map(Unit::code).toList());
    }

    @Test
    void fourthLevelBudgetUnitsAreMarked() {
        List<Unit> own = everyUnit().stream().filter(Unit::ownBudget).toList();

        assertEquals(2_335, own.size());
        assertTrue(registry.find("113820100").orElseThrow().ownBudget(), "a town with no г.а. has its own budget");
    }

    @Test
    void populationComesFromTheBulletinWhereKnown() {
        assertEquals(610_189L, registry.find("100000000").orElseThrow().population());
        assertEquals(308_126L, registry.find("101010000").orElseThrow().population(), "city of Semey, sheet 03");
        assertNull(registry.find("104100000").orElseThrow().population(), "Жаңасемей was formed after 2023");
        assertTrue(registry.facts("101000000").stream().anyMatch(f -> f.key().equals(Fact.POPULATION_URBAN)
                && f.value().equals("311459") && f.source().contains("2023")));
    }

    @Test
    void populationSourceCitesTheBulletinInItsOwnLanguageDownToTheRow() {
        Fact urban = registry.facts("101000000").stream().filter(f -> f.key().equals(Fact.POPULATION_URBAN))
                .findFirst().orElseThrow();

        assertTrue(urban.source().matches(".*«Численность населения.*, лист 0[23], строка \\d+"), urban.source());
    }

    @Test
    void latinNameFollowsThe2021Alphabet() {
        assertEquals("Qonaev Q.Ä.", registry.find("191000000").orElseThrow().nameLatin());
        assertEquals("Ülbı k.", registry.find("632400200").orElseThrow().nameLatin());
    }

    @Test
    void searchFindsKazakhRussianAndLatinNamesIgnoringLetterVariants() {
        for (String query : List.of("Қонаев", "конаев", "КОНАЕВ", "Qonaev", "qonaev")) {
            assertEquals("191000000", registry.search(query, 5).get(0).code(), query);
        }
        assertTrue(registry.search("березовка", 20).stream().anyMatch(u -> u.code().equals("634047000")),
                "Берёзовка (the only name with ё) found when typed with е");
        assertTrue(registry.search("Берёзовский", 20).stream().anyMatch(u -> u.code().equals("634047000")));
        assertTrue(registry.search("жамбылский рай", 10).size() >= 3, "three districts share the name");
        assertEquals(List.of(), registry.search("zzzz", 10));
    }

    @Test
    void searchTakesRussianStemsTransliterationsAndOfficialKazakhLatin() {
        for (String query : List.of("Караганда", "Карагандинская", "Karaganda", "Karagandy", "Qaragandy",
                "Qarağandy", "karagandinskaya")) {
            assertTrue(registry.search(query, 5).stream().anyMatch(u -> u.code().equals("350000000")), query);
        }
        for (String query : List.of("Zhambyl", "Jambyl", "Жамбыл")) {
            assertTrue(registry.search(query, 40).stream().anyMatch(u -> u.code().equals("310000000")), query);
        }
        for (String query : List.of("Shymkent", "Şymkent", "Шымкент")) {
            assertEquals("790000000", registry.search(query, 5).get(0).code(), query);
        }
        for (String query : List.of("Kyzylorda", "Qyzylorda", "Aktobe", "Aqtöbe")) {
            assertTrue(registry.search(query, 40).stream().anyMatch(u -> u.code().equals("430000000")
                    || u.code().equals("150000000")), query);
        }
        assertEquals(List.of(), registry.search("zzzz", 10));
        assertEquals(List.of(), registry.search("Karagandaxq", 10), "a stem only drops endings, not letters");
    }

    @Test
    void searchByCodePrefix() {
        List<Unit> hits = registry.search("19101", 50);

        assertTrue(hits.stream().allMatch(u -> u.code().startsWith("19101")) && !hits.isEmpty());
        assertEquals("191010000", hits.get(0).code());
    }

    @Test
    void russianCsvExportIsSemicolonSeparatedUtf8WithByteOrderMarkAndKeepsKazakhLetters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale russian = Locale.forLanguageTag("ru");
        registry.exportCsv("191000000", CsvConvention.of(russian), russian, out);
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String[] lines = text.substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("Код КАТО [kato];Код КАТО вышестоящей единицы [parent_kato];Вид [kind];"),
                lines[0]);
        assertTrue(lines[1].startsWith("191000000;190000000;city_regional_admin;Қонаев Қ.Ә.;Қонаев Г.А.;"), lines[1]);
        assertEquals(1 + registry.children("191000000").size() + registry.children("191000000").stream()
                .mapToInt(u -> registry.children(u.code()).size()).sum(), lines.length - 1);
    }

    @Test
    void jsonExportListsTheSubtree() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.exportJson("191000000", out);
        String json = out.toString(StandardCharsets.UTF_8);

        assertTrue(json.startsWith("[\n  {\"kato\": \"191000000\", \"parent_kato\": \"190000000\","
                + " \"kind\": \"city_regional_admin\", \"name_kk\": \"Қонаев Қ.Ә.\""), json);
        assertTrue(json.contains("\"kato\": \"191010000\""));
        assertTrue(json.strip().endsWith("]"));
    }

    @Test
    void userOfAnotherRegionIsRefusedAndNothingChanges() throws Exception {
        RecordingAuditLog audit = new RecordingAuditLog();
        RegistryServiceImpl asAlmatyEditor = Registries.open(db.database(), TestUser.editorOf("190000000"), audit);
        List<Unit> history = registry.history("101000000");

        OutOfScopeException e = assertThrows(OutOfScopeException.class,
                () -> asAlmatyEditor.update(new UnitEdit("101000000", "Жаңа", "Новый", null)));

        assertTrue(e.getMessage().contains("190000000") && e.getMessage().contains("101000000"), e.getMessage());
        assertEquals("Семей Қ.Ә.", registry.find("101000000").orElseThrow().nameKk());
        assertEquals(history, registry.history("101000000"));
        assertEquals(List.of(), audit.changes());
        assertEquals(List.of("registry.unit.update 101000000"),
                audit.refusals().stream().map(r -> r.action() + " " + r.target()).toList());
    }

    @Test
    void editorOfAlmatyRegionEditingAUnitOfAnotherRegionIsRefusedWithTheCodesAndNothingChanges() throws Exception {
        RecordingAuditLog audit = new RecordingAuditLog();
        RegistryServiceImpl asEditor = Registries.open(db.database(), TestUser.editorOf("190000000"), audit);
        Unit before = registry.children("350000000").get(0);

        OutOfScopeException e = assertThrows(OutOfScopeException.class,
                () -> asEditor.update(new UnitEdit(before.code(), "Жаңа", "Новый", null)));

        assertEquals("editor", e.user());
        assertEquals("190000000", e.regionCode());
        assertEquals(before.code(), e.unitCode());
        assertEquals(before, registry.find(before.code()).orElseThrow());
        assertEquals(List.of(), audit.changes());
        assertEquals(1, audit.refusals().size());
    }

    @Test
    void anAnalystEditsNothingEvenInTheirOwnRegionAndTheAttemptIsAudited() throws Exception {
        RecordingAuditLog audit = new RecordingAuditLog();
        RegistryServiceImpl asAnalyst = Registries.open(db.database(), TestUser.analystOf("350000000"), audit);
        Unit before = registry.children("350000000").get(0);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> asAnalyst.update(new UnitEdit(before.code(), "Жаңа", "Новый", null)));

        assertTrue(e.getMessage().contains("none of the roles [analyst]"), e.getMessage());
        assertEquals(before, registry.find(before.code()).orElseThrow());
        assertEquals(List.of(), audit.changes());
        assertEquals("registry.unit.update", audit.refusals().get(0).action());
        assertEquals(before.code(), audit.refusals().get(0).target());
    }
}
