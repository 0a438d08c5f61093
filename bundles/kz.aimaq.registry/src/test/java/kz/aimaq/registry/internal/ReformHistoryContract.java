package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** The 2022 reform's code changes from the shipped moves file, on H2 and PostgreSQL. */
abstract class ReformHistoryContract {

    private static final LocalDate REFORM = LocalDate.of(2022, 6, 8);

    private TestDatabase db;
    private RegistryServiceImpl registry;

    abstract TestDatabase open();

    @BeforeEach
    void seed() throws Exception {
        db = open();
        registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void reusedCode191000000IsTaldykorganUntilTheReformAndQonaevAfter() {
        List<Unit> versions = registry.history("191000000").stream().filter(u -> u.code().equals("191000000"))
                .toList();

        assertEquals(2, versions.size());
        Unit taldykorgan = versions.get(0);
        assertEquals("Талдықорған", taldykorgan.nameRu());
        assertEquals(REFORM, taldykorgan.validTo());
        assertEquals("331000000", taldykorgan.successorCode());
        assertEquals("190000000", taldykorgan.parentCode(), "it was under Almaty oblast");
        Unit qonaev = versions.get(1);
        assertEquals("Қонаев Қ.Ә.", qonaev.nameKk());
        assertNull(qonaev.validTo());
    }

    @Test
    void historyOfAMovedUnitShowsItsEarlierCode() {
        List<Unit> history = registry.history("331000000");

        assertEquals(List.of("191000000", "331000000"), history.stream().map(Unit::code).toList());
        assertEquals("331000000", history.get(0).successorCode());
        assertEquals(List.of("191000000", "191600000", "191000000"),
                registry.history("191000000").stream().map(Unit::code).toList(),
                "the code was Taldykorgan's, Qonaev was Kapchagay 191600000 (both ended on the reform day)");
        assertEquals("Капчагай", registry.history("191000000").get(1).nameRu());
    }

    @Test
    void everyMoveOfTheFileIsRecordedOnce() throws Exception {
        List<MovesFile.Move> moves = ShippedData.moves();

        assertEquals(25, moves.size());
        assertEquals(25, endedVersions());
        for (MovesFile.Move move : moves) {
            assertTrue(registry.history(move.newCode()).stream().anyMatch(u -> u.code().equals(move.oldCode())
                    && REFORM.equals(u.validTo()) && move.newCode().equals(u.successorCode())), move.oldCode());
        }
    }

    @Test
    void aRepeatedStartAddsNothing() throws Exception {
        List<Unit> before = registry.history("101000000");

        RegistryServiceImpl reopened = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());

        assertEquals(25, endedVersions());
        assertEquals(before, reopened.history("101000000"));
    }

    @Test
    void databaseSeededWithoutTheMovesGetsThemOnceOnTheNextStart() throws Exception {
        execute("DELETE FROM registry_unit WHERE change_note = '" + Seeding.MOVES_NOTE + "'");
        assertEquals(0, endedVersions(), "as a database seeded by an earlier registry");

        Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
        RegistryServiceImpl again = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());

        assertEquals(25, endedVersions());
        assertEquals("191000000", again.history("331000000").get(0).code());
    }

    @Test
    void searchFindsAUnitByAFormerNameOrCodeMarkedAsFormer() {
        List<SearchHit> byName = registry.searchWithFormer("Капчагай", 10);
        assertEquals("191000000", byName.get(0).unit().code());
        assertEquals("191600000", byName.get(0).former().code());
        assertEquals("191000000", registry.search("капчагай", 10).get(0).code());

        List<SearchHit> byCode = registry.searchWithFormer("191000000", 10);
        assertEquals(List.of("191000000", "331000000"), byCode.stream().map(h -> h.unit().code()).toList());
        assertTrue(!byCode.get(0).byFormer() && byCode.get(1).byFormer(),
                "today's Qonaev itself, then Taldykorgan by its former code");

        List<SearchHit> taldykorgan = registry.searchWithFormer("Талдыкорган", 10);
        assertEquals("331000000", taldykorgan.get(0).unit().code());
        assertTrue(!taldykorgan.get(0).byFormer(), "a direct match is not shown again as former");
    }

    private long endedVersions() throws SQLException {
        try (Connection c = db.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM registry_unit WHERE successor_code IS NOT NULL");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.database().dataSource().getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
