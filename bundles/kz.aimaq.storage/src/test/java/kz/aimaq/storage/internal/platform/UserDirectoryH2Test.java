package kz.aimaq.storage.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;

/** Users, roles and scope in the database: who may give whom what, each change and refusal audited. */
class UserDirectoryH2Test {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private TestDatabase db;
    private DatabasePlatformStore audit;

    private record Admin(String user, Set<String> roles, Scope scope) implements UserContext {
        @Override
        public Region region() {
            return new Region(scope.level() == Scope.Level.NATION ? "710000000" : scope.regionCode(), "-", "-", "-");
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public void setLocale(Locale locale) {
            throw new UnsupportedOperationException("fixed in tests");
        }
    }

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.h2();
        audit = new DatabasePlatformStore(db.database(), Migrations.fromClassLoader(getClass().getClassLoader(),
                PlatformTables.MIGRATIONS), new Admin("installer", Set.of("national-admin"), Scope.NATION), CLOCK, data,
                n -> { });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DatabaseUserDirectory as(String name, String role, String scope) {
        return new DatabaseUserDirectory(db.dataSource(), new Admin(name, Set.of(role), Scope.of(scope)), CLOCK, audit);
    }

    @Test
    void aNationalAdminMakesARegionalAdminWhoManagesOnlyTheirRegion() {
        as("erlan", "national-admin", "000000000").save(new DirectoryUser("gulnar",
                Set.of("regional-admin", "analyst"), Scope.of("350000000")));
        DatabaseUserDirectory gulnar = as("gulnar", "regional-admin", "350000000");

        gulnar.save(new DirectoryUser("aset", Set.of("registry-editor"), Scope.of("351600000")));
        assertEquals(Optional.of(new DirectoryUser("aset", Set.of("registry-editor"), Scope.of("351600000"))),
                gulnar.find("aset"));

        AccessDeniedException elsewhere = assertThrows(AccessDeniedException.class,
                () -> gulnar.save(new DirectoryUser("dana", Set.of("analyst"), Scope.of("190000000"))));
        assertTrue(elsewhere.getMessage().contains("190000000 lies outside"), elsewhere.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> gulnar.save(new DirectoryUser("aset", Set.of("national-admin"), Scope.of("351600000"))));
        assertThrows(AccessDeniedException.class, () -> as("dana", "analyst", "000000000").remove("aset"));

        gulnar.remove("aset");
        assertEquals(List.of("gulnar"), gulnar.users().stream().map(DirectoryUser::login).toList());

        List<AuditEntry> entries = audit.entries();
        assertEquals(List.of("user.save gulnar DONE", "user.save aset DONE", "user.save dana REFUSED",
                "user.save aset REFUSED", "user.remove aset REFUSED", "user.remove aset DONE"),
                entries.stream().map(e -> e.action() + " " + e.target() + " " + e.outcome()).toList());
        assertEquals("roles=registry-editor scope=351600000", entries.get(5).before());
        assertTrue(audit.verify().isIntact());
    }

    @Test
    void anUnknownRoleIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> as("erlan", "national-admin",
                "000000000").save(new DirectoryUser("x", Set.of("minister"), Scope.NATION)));
        assertEquals("roles: 'minister' is not a role", e.getMessage());
    }
}
