package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** Edits and imports, each on a freshly seeded registry, on H2 and PostgreSQL. */
abstract class RegistryChangesContract {

    private static final LocalDate TODAY = LocalDate.now(Registries.CLOCK);

    @TempDir
    Path folder;

    private TestDatabase db;
    private RecordingAuditLog audit;
    private RegistryServiceImpl registry;

    abstract TestDatabase open();

    @BeforeEach
    void seed() throws Exception {
        db = open();
        audit = new RecordingAuditLog();
        registry = Registries.open(db.database(), TestUser.editorOf("100000000"), audit);
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void renameKeepsTheOldVersionInHistoryAndIsAudited() throws Exception {
        Unit renamed = registry.update(new UnitEdit("101800000", "Курчатов қаласы Қ.Ә.", "Курчатов Г.А.", null));

        assertEquals("Kurchatov qalasy Q.Ä.", renamed.nameLatin());
        List<Unit> history = registry.history("101800000");
        assertEquals(List.of("632200000", "101800000", "101800000"), history.stream().map(Unit::code).toList(),
                "Kurchatov was 632200000 until the 2022 reform");
        assertEquals(List.of("Курчатов Қ.Ә.", "Курчатов қаласы Қ.Ә."),
                history.subList(1, 3).stream().map(Unit::nameKk).toList());
        assertEquals(TODAY, history.get(1).validTo());
        assertEquals(TODAY, history.get(2).validFrom());
        assertNull(history.get(2).validTo());
        assertEquals("registry.unit.update", audit.entries().get(0).action());
        assertEquals("Курчатов қаласы Қ.Ә.", registry.search("курчатов каласы", 1).get(0).nameKk());
    }

    @Test
    void everyCommittedChangeIsAnnouncedSoThatViewsShowingNamesReadThemAgain() throws Exception {
        List<String> posted = new ArrayList<>();
        registry.announceChangesTo(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event.getTopic() + " " + registry.find("101800000").orElseThrow().nameKk());
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        });

        registry.update(new UnitEdit("101800000", "Курчатов қаласы Қ.Ә.", "Курчатов Г.А.", null));
        assertThrows(IllegalArgumentException.class,
                () -> registry.update(new UnitEdit("101800000", "", "Курчатов Г.А.", null)));

        assertEquals(List.of(RegistryService.TOPIC_CHANGED + " Курчатов қаласы Қ.Ә."), posted,
                "one event, after the change can be read; none for a refused edit");
    }

    @Test
    void aRenameTakesEffectOnTheDayTheEditorChose() throws Exception {
        LocalDate day = LocalDate.of(2026, 1, 15);

        Unit renamed = registry.update(new UnitEdit("101800000", "Курчатов қаласы Қ.Ә.", "Курчатов Г.А.", null, day));

        assertEquals(day, renamed.validFrom());
        List<Unit> own = registry.history("101800000").stream().filter(u -> u.code().equals("101800000")).toList();
        assertEquals(day, own.get(0).validTo());
        assertEquals(day, own.get(1).validFrom());
    }

    @Test
    void aChangeDatedInTheFutureOrBeforeTheCurrentVersionIsRefusedAndNothingChanges() throws Exception {
        List<Unit> before = registry.history("101800000");

        IllegalArgumentException future = assertThrows(IllegalArgumentException.class, () -> registry.update(
                new UnitEdit("101800000", "Жаңа", "Новый", null, TODAY.plusDays(1))));
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> registry.update(
                new UnitEdit("101800000", "Жаңа", "Новый", null, LocalDate.of(2024, 12, 31))));

        assertTrue(future.getMessage().contains("after today (" + TODAY + ")"), future.getMessage());
        assertTrue(early.getMessage().contains("before its current version began (2025-02-01)"), early.getMessage());
        assertEquals(before, registry.history("101800000"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void abolishingEndsTheCurrentVersionKeepsItInTheHistoryAndIsAudited() throws Exception {
        Unit leaf = registry.find("104100000").orElseThrow();
        while (!registry.children(leaf.code()).isEmpty()) {
            leaf = registry.children(leaf.code()).get(0);
        }
        LocalDate day = LocalDate.of(2026, 7, 1);

        Unit ended = registry.abolish(leaf.code(), day);

        assertEquals(day, ended.validTo());
        assertTrue(registry.find(leaf.code()).isEmpty());
        assertTrue(registry.children(ended.parentCode()).stream().noneMatch(u -> u.code().equals(ended.code())));
        List<Unit> history = registry.history(leaf.code());
        assertEquals(1, history.size(), "kept, not deleted");
        assertEquals(day, history.get(0).validTo());
        assertEquals("registry.unit.abolish", audit.entries().get(0).action());
        assertEquals(leaf.code(), audit.entries().get(0).target());
    }

    @Test
    void abolishingAUnitWithCurrentSubordinatesIsRefused() throws Exception {
        String firstChild = registry.children("104100000").get(0).code();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.abolish("104100000", null));

        assertTrue(e.getMessage().contains("104100000") && e.getMessage().contains(firstChild), e.getMessage());
        assertTrue(registry.find("104100000").isPresent());
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void abolishingOutsideTheUsersRegionIsRefused() {
        Unit leaf = registry.children("191000000").get(0);

        assertThrows(OutOfScopeException.class, () -> registry.abolish(leaf.code(), null));

        assertTrue(registry.find(leaf.code()).isPresent());
        assertEquals(List.of(), audit.changes());
        assertEquals(1, audit.refusals().size(), "the refusal is audited");
        assertEquals("registry.unit.abolish", audit.refusals().get(0).action());
        assertEquals(leaf.code(), audit.refusals().get(0).target());
    }

    @Test
    void previewOfAnEditedCopyListsEachDifferenceAndApplyKeepsHistory() throws Exception {
        List<String> lines = shippedLines();
        replace(lines, "101800000,", l -> l.replace("Курчатов Қ.Ә.,Курчатов Г.А.", "Курчатов Қ.Ә.,г.а. Курчатов"));
        replace(lines, "113820100,", l -> l.replace("113820100,113800000,", "113820100,,"));
        lines.removeIf(l -> l.startsWith("104100000,") || l.startsWith("1041"));
        lines.add("109900000,100000000,2,district,district,2,10,99,00,000,Жаңа ауданы,район Жана");
        Path file = write("kato-2027.csv", lines);

        ImportPreview preview = registry.previewImport(file);

        assertEquals(List.of("109900000"), preview.added().stream().map(Unit::code).toList());
        assertEquals(List.of("101800000"), codes(preview.renamed()));
        assertEquals(List.of(), codes(preview.moved()), "an empty parent is the nearest ancestor: unchanged");
        assertTrue(preview.abolished().stream().allMatch(u -> u.code().startsWith("1041")));
        assertEquals(1 + registry.children("104100000").size() + registry.children("104100000").stream()
                .mapToInt(u -> registry.children(u.code()).size()).sum(), preview.abolished().size());
        assertEquals(15_594, countAll(), "a preview writes nothing");

        registry.applyImport(preview);

        assertEquals("г.а. Курчатов", registry.find("101800000").orElseThrow().nameRu());
        assertTrue(registry.find("104100000").isEmpty());
        assertEquals(TODAY, registry.history("104100000").get(0).validTo(), "abolished, not deleted");
        assertEquals("Jaña audany", registry.find("109900000").orElseThrow().nameLatin());
        assertEquals(3, registry.history("101800000").size(), "632200000 until 2022, the seed, the import");
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("registry.import.abolish")));
    }

    @Test
    void moveBetweenExistingAncestorsIsShownAsMoved() throws Exception {
        List<String> lines = shippedLines();
        replace(lines, "101010000,", l -> l.replace("101010000,101000000,", "101010000,100000000,"));

        ImportPreview preview = registry.previewImport(write("moved.csv", lines));

        assertEquals(List.of("101010000"), codes(preview.moved()));
        assertEquals("100000000", preview.moved().get(0).after().parentCode());
    }

    @Test
    void applyIsRefusedWhenTheRegistryChangedSinceThePreview() throws Exception {
        List<String> lines = shippedLines();
        replace(lines, "101800000,", l -> l.replace("Курчатов Г.А.", "г.а. Курчатов"));
        ImportPreview preview = registry.previewImport(write("kato.csv", lines));
        registry.update(new UnitEdit("101800000", "Курчатов", "Курчатов", null));

        ImportException e = assertThrows(ImportException.class, () -> registry.applyImport(preview));

        assertTrue(e.getMessage().contains("101800000") && e.getMessage().contains("preview"), e.getMessage());
        assertEquals("Курчатов", registry.find("101800000").orElseThrow().nameRu());
    }

    @Test
    void aHeaderOnlyFileIsRefusedUnlessTheCountOfAbolishedUnitsIsConfirmed() throws Exception {
        ImportPreview preview = registry.previewImport(write("header-only.csv", shippedLines().subList(0, 1)));

        assertEquals(15_594, preview.abolished().size());
        assertEquals(15_594, preview.currentUnits());
        assertTrue(preview.abolishesMany() && preview.needsConfirmation());
        ImportException unconfirmed = assertThrows(ImportException.class, () -> registry.applyImport(preview));
        assertTrue(unconfirmed.getMessage().contains("15594"), unconfirmed.getMessage());
        ImportException wrongCount = assertThrows(ImportException.class, () -> registry.applyImport(preview, 1_000));
        assertTrue(wrongCount.getMessage().contains("1000"), wrongCount.getMessage());
        assertEquals(15_594, countAll(), "nothing abolished");
        assertTrue(audit.entries().stream().noneMatch(e -> e.action().startsWith("registry.import")));
    }

    @Test
    void aFileCutOffMidLineIsRefusedUnlessConfirmedAndThenApplied() throws Exception {
        List<String> lines = shippedLines();
        replace(lines, "101800000,", l -> l.replace("Курчатов Г.А.", "г.а. Курчатов"));
        String kurchatov = lines.remove(lineOf(lines, "101800000,") - 1);
        lines.add(kurchatov);
        Path file = Files.writeString(folder.resolve("cut.csv"), String.join("\n", lines), StandardCharsets.UTF_8);

        ImportPreview preview = registry.previewImport(file);

        assertTrue(preview.endsMidLine() && preview.needsConfirmation());
        assertThrows(ImportException.class, () -> registry.applyImport(preview));
        assertEquals("Курчатов Г.А.", registry.find("101800000").orElseThrow().nameRu());

        registry.applyImport(preview, preview.abolished().size());

        assertEquals("г.а. Курчатов", registry.find("101800000").orElseThrow().nameRu());
    }

    @Test
    void anOrdinaryImportNeedsNoConfirmationEvenWithALongFileName() throws Exception {
        List<String> lines = shippedLines();
        replace(lines, "101800000,", l -> l.replace("Курчатов Г.А.", "г.а. Курчатов"));
        String name = "kato-2027-update-from-the-bureau-of-national-statistics-december.csv";
        ImportPreview preview = registry.previewImport(write(name, lines));

        assertTrue(!preview.needsConfirmation() && !preview.endsMidLine() && !preview.abolishesMany());
        registry.applyImport(preview);

        assertEquals("г.а. Курчатов", registry.find("101800000").orElseThrow().nameRu());
    }

    @Test
    void aNameLongerThanItsColumnIsRefusedInThePreviewWithLineAndField() throws Exception {
        List<String> lines = shippedLines();
        replace(lines, "101800000,", l -> l.replace("Курчатов Г.А.", "К".repeat(401)));
        replace(lines, "101010000,", l -> l.replace("Семей қ.", "Щ".repeat(250)));

        ImportException e = assertThrows(ImportException.class,
                () -> registry.previewImport(write("long.csv", lines)));

        int kurchatov = lineOf(lines, "101800000,");
        int semey = lineOf(lines, "101010000,");
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == kurchatov && p.field().equals("name_ru")
                && p.reason().contains("400")), e.problems()::toString);
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == semey && p.field().equals("name_kk")
                && p.reason().contains("Latin") && p.reason().contains("400")), e.problems()::toString);
        assertEquals(2, e.problems().size(), e.problems()::toString);
    }

    private static int lineOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix);
    }

    private long countAll() {
        java.util.Deque<Unit> todo = new java.util.ArrayDeque<>(registry.roots());
        long count = 0;
        while (!todo.isEmpty()) {
            count++;
            todo.addAll(registry.children(todo.pop().code()));
        }
        return count;
    }

    private static List<String> codes(List<UnitChange> changes) {
        return changes.stream().map(c -> c.after().code()).toList();
    }

    static List<String> shippedLines() throws Exception {
        try (var in = RegistryChangesContract.class.getResourceAsStream("/data/kato-2026-tree.csv")) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static void replace(List<String> lines, String prefix, java.util.function.UnaryOperator<String> edit) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, edit.apply(lines.get(i)));
            }
        }
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
