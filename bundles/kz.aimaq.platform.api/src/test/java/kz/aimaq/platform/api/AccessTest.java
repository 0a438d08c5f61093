package kz.aimaq.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTest {

    private static final Region KARAGANDA = new Region("350000000", "Қарағанды облысы", "Карагандинская область",
            "Karaganda Region");

    private record User(String user, Set<String> roles, Region region, Scope scope) implements UserContext {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public void setLocale(Locale locale) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void scopesAreReadFromKatoCodesAtEachLevel() {
        assertEquals(Scope.NATION, Scope.of("000000000"));
        assertEquals(Scope.NATION, Scope.of(""));
        assertEquals(new Scope(Scope.Level.REGION, "350000000"), Scope.of("35"));
        assertEquals(Scope.Level.DISTRICT, Scope.of("353200000").level());
        assertEquals(Scope.Level.OKRUG, Scope.of("353230000").level());
        IllegalArgumentException settlement = assertThrows(IllegalArgumentException.class,
                () -> Scope.of("353230100"));
        assertTrue(settlement.getMessage().contains("353230100"), settlement.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scope.of("35x"));
    }

    @Test
    void aScopeCoversWhatLiesInsideItAndNothingElse() {
        Scope district = Scope.of("353200000");
        assertTrue(district.covers("353230100"));
        assertFalse(district.covers("354400000"));
        assertFalse(district.covers("350000000"));
        assertFalse(district.covers((String) null));
        assertTrue(Scope.of("350000000").covers(district));
        assertFalse(district.covers(Scope.of("350000000")));
        assertFalse(district.covers(Scope.NATION));
        assertTrue(Scope.NATION.covers(district));
        assertEquals("350000000", district.regionCode());
    }

    @Test
    void rightsComeFromRolesAndStopAtTheScope() {
        UserContext editor = new User("aset", Set.of("registry-editor"), KARAGANDA, Scope.of("353200000"));
        assertTrue(editor.mayChangeUnit("353230100"));
        assertFalse(editor.mayChangeUnit("354400000"));
        assertFalse(editor.maySeePersonalData("353230100"));
        assertFalse(editor.may(Right.MANAGE_MODULES, "353200000"));

        UserContext analyst = new User("dana", Set.of("analyst"), KARAGANDA, Scope.NATION);
        assertFalse(analyst.mayChangeUnit("353230100"));
        assertTrue(analyst.may(Right.READ_AGGREGATES, "353230100"));

        UserContext officer = new User("nurlan", Set.of("tax-officer"), KARAGANDA, Scope.of("35"));
        assertTrue(officer.maySeePersonalData("353230100"));
        assertFalse(officer.maySeePersonalData("710000000"));
    }

    @Test
    void installationWideRightsNeedTheNationInScope() {
        UserContext regional = new User("erlan", Set.of("national-admin"), KARAGANDA, Scope.of("35"));
        assertFalse(regional.may(Right.MANAGE_TRUST, null));
        UserContext national = new User("erlan", Set.of("national-admin"), KARAGANDA, Scope.NATION);
        assertTrue(national.may(Right.MANAGE_TRUST, null));
        assertFalse(new User("gulnar", Set.of("regional-admin"), KARAGANDA, Scope.NATION)
                .may(Right.MANAGE_TRUST, null));
    }

    @Test
    void requireSaysWhichRoleOrScopeIsMissing() {
        UserContext analyst = new User("dana", Set.of("analyst"), KARAGANDA, Scope.of("35"));
        AccessDeniedException noRole = assertThrows(AccessDeniedException.class,
                () -> analyst.require(Right.EDIT_REGISTRY, "353230100"));
        assertTrue(noRole.getMessage().contains("none of the roles [analyst]"), noRole.getMessage());
        assertEquals("353230100", noRole.unit());

        UserContext editor = new User("aset", Set.of("registry-editor"), KARAGANDA, Scope.of("35"));
        AccessDeniedException outside = assertThrows(AccessDeniedException.class,
                () -> editor.require(Right.EDIT_REGISTRY, "710000000"));
        assertTrue(outside.getMessage().contains("710000000 lies outside the user's scope, region 350000000"),
                outside.getMessage());
    }

    @Test
    void theOldAdminNameAndRoleListsAreUnderstood() {
        UserContext old = new User("admin", Set.of("admin"), KARAGANDA, Scope.NATION);
        assertTrue(old.hasRole(UserContext.ROLE_NATIONAL_ADMIN));
        assertTrue(old.hasRole(UserContext.ROLE_ANY_ADMIN));
        assertTrue(old.mayChangeUnit("710000000"));
        UserContext regional = new User("gulnar", Set.of("regional-admin"), KARAGANDA, Scope.of("35"));
        assertTrue(regional.hasRole(UserContext.ROLE_ANY_ADMIN));
        assertFalse(regional.hasRole(UserContext.ROLE_NATIONAL_ADMIN));
        assertFalse(new User("dana", Set.of("analyst"), KARAGANDA, Scope.NATION).hasRole(UserContext.ROLE_ANY_ADMIN));
    }

    @Test
    void auditQueriesFilterByUserActionUnitAndTime() {
        AuditEntry entry = new AuditEntry(java.time.Instant.parse("2026-12-01T10:00:00Z"), "aset",
                "registry.unit.update", "353230100", "a", "b");
        assertTrue(new AuditQuery("aset", "registry.", "3532", null, null, 0).matches(entry));
        assertFalse(new AuditQuery("dana", null, null, null, null, 0).matches(entry));
        assertFalse(new AuditQuery(null, "module.", null, null, null, 0).matches(entry));
        assertFalse(new AuditQuery(null, null, "710000000", null, null, 0).matches(entry));
        assertFalse(new AuditQuery(null, null, null, java.time.Instant.parse("2026-12-01T10:00:01Z"), null, 0)
                .matches(entry));
        assertFalse(new AuditQuery(null, null, null, null, java.time.Instant.parse("2026-12-01T10:00:00Z"), 0)
                .matches(entry));
    }
}
