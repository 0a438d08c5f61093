package kz.aimaq.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.osgi.PGDataSourceFactory;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.SignIn;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.internal.platform.CentralSecurity;
import kz.aimaq.storage.internal.platform.DatabasePlatformStore;
import kz.aimaq.storage.internal.platform.DatabaseUserDirectory;
import kz.aimaq.storage.testing.TestDatabase;

/**
 * Per-user sign-in in central mode against the real server: the installer creates two logins
 * through the users directory (SCRAM verifiers, never the password), each signs in with the real
 * driver's DataSourceFactory, and PostgreSQL keeps each to their own region in the registry-,
 * tax- and reporting-shaped tables (the tax and reporting bundles' own migrations are run). A
 * wrong password and a login without a users-table entry are refused and audited.
 */
class CentralSignInPostgresTest {

    @TempDir
    Path data;

    private TestDatabase db;
    private PGSimpleDataSource owner;
    private String schema;
    private String prefix;
    private DatabasePlatformStore store;
    private final List<String> roles = new ArrayList<>();

    private record Installer(String user) implements UserContext {
        @Override
        public Set<String> roles() {
            return Set.of(ROLE_NATIONAL_ADMIN);
        }

        @Override
        public Region region() {
            return new Region("710000000", "Астана", "Астана", "Astana");
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
    void install() throws Exception {
        db = TestDatabase.postgres();
        owner = (PGSimpleDataSource) db.dataSource();
        schema = owner.getCurrentSchema();
        prefix = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UserContext installer = new Installer(owner.getUser());
        store = new DatabasePlatformStore(db.database(), Migrations.fromClassLoader(getClass().getClassLoader(),
                "db/storage"), installer, Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"),
                        ZoneOffset.UTC), data, n -> { });
        // the tables of the tax and reporting modules, from their own migrations
        runScript("../kz.aimaq.tax/src/main/resources/db/tax/V1__tax_ledger.sql");
        runScript("../kz.aimaq.reporting/src/main/resources/db/reporting/V1__return_submissions.sql");
        try (Connection c = owner.getConnection()) {
            CentralSecurity.apply(c, prefix + "_app");
        }
        roles.add(prefix + "_app");
        DatabaseUserDirectory admin = new DatabaseUserDirectory(owner, installer, Clock.systemUTC(), store);
        admin.createLogin(prefix + "_almaty", "Алматы-secret".toCharArray());
        admin.createLogin(prefix + "_karaganda", "karaganda-secret".toCharArray());
        admin.createLogin(prefix + "_stranger", "stranger-secret".toCharArray());
        roles.addAll(List.of(prefix + "_almaty", prefix + "_karaganda", prefix + "_stranger"));
        admin.save(new DirectoryUser(prefix + "_almaty", Set.of("tax-officer"), Scope.of("190000000")));
        admin.save(new DirectoryUser(prefix + "_karaganda", Set.of("tax-officer", "regional-admin"),
                Scope.of("350000000")));
        sql(owner, "INSERT INTO tax_taxpayer VALUES ('193233100', '900101300001', 'IIN', 'Almaty payer', true),"
                + " ('353233100', '900101300002', 'IIN', 'Karaganda payer', true)");
    }

    @AfterEach
    void drop() throws SQLException {
        if (db == null) {
            return;
        }
        db.close();
        for (int i = roles.size() - 1; i >= 0; i--) {
            sql(owner, "DROP ROLE IF EXISTS " + roles.get(i));
        }
    }

    private void runScript(String path) throws Exception {
        Path script = Path.of(path);
        assertTrue(Files.isRegularFile(script), script.toAbsolutePath() + " (run from the storage module)");
        sql(owner, Files.readString(script));
    }

    private ConnectionSettings settings() {
        String url = "jdbc:postgresql://" + owner.getServerNames()[0] + ":" + owner.getPortNumbers()[0] + "/"
                + owner.getDatabaseName() + "?currentSchema=" + schema;
        return ConnectionSettings.resolve(StorageConfig.Mode.central, url, "", "", data);
    }

    /** Signs in as {@code name}; the data source the session would get, or {@code null}. */
    private DataSource[] signIn(String name, String password, SignIn.Outcome expected) {
        DataSource[] session = new DataSource[1];
        CentralSignIn signIn = new CentralSignIn(settings(), PGDataSourceFactory::new, () -> store,
                ds -> session[0] = ds);
        SignIn.Result result = signIn.signIn(prefix + "_" + name, password.toCharArray());
        assertEquals(expected, result.outcome(), result.detail());
        return session;
    }

    @Test
    void eachUserSignsInWithTheirOwnLoginAndSeesAndEditsOnlyTheirRegion() throws SQLException {
        DataSource almaty = signIn("almaty", "Алматы-secret", SignIn.Outcome.SIGNED_IN)[0];
        DataSource karaganda = signIn("karaganda", "karaganda-secret", SignIn.Outcome.SIGNED_IN)[0];
        assertEquals(prefix + "_almaty", text(almaty, "SELECT session_user"));

        assertEquals("Almaty payer", text(almaty, "SELECT string_agg(name, ',') FROM tax_taxpayer"),
                "the tax ledger's personal data: only the own region");
        assertEquals("Karaganda payer", text(karaganda, "SELECT string_agg(name, ',') FROM tax_taxpayer"));
        assertEquals(1, sql(almaty, "INSERT INTO tax_taxpayer VALUES ('193233100', '900101300003', 'IIN', 'new', true)"));
        SQLException outside = assertThrows(SQLException.class, () -> sql(almaty,
                "INSERT INTO tax_taxpayer VALUES ('353233100', '900101300004', 'IIN', 'not ours', true)"));
        assertTrue(outside.getMessage().contains("row-level security"), outside.getMessage());
        assertEquals(0, sql(almaty, "UPDATE tax_taxpayer SET name = 'renamed' WHERE okrug LIKE '35%'"));
        assertEquals(0, sql(almaty, "DELETE FROM tax_taxpayer WHERE okrug LIKE '35%'"));
        assertEquals("Karaganda payer", text(owner, "SELECT name FROM tax_taxpayer WHERE okrug = '353233100'"));

        assertEquals(1, sql(karaganda, "INSERT INTO return_submission VALUES ('units', '2027-Q1', '353233100',"
                + " 'k', now(), now(), 'h', 'v=1')"));
        assertThrows(SQLException.class, () -> sql(karaganda, "INSERT INTO return_submission VALUES ('units',"
                + " '2027-Q1', '193233100', 'k', now(), now(), 'h', 'v=1')"), "a return of another region");
        assertEquals("1", text(almaty, "SELECT COUNT(*)::text FROM return_submission"), "returns are read by all");
        assertEquals(0, sql(almaty, "UPDATE return_submission SET content_values = 'v=2'"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        DataSource[] session = signIn("almaty", "guess", SignIn.Outcome.WRONG_PASSWORD);
        assertEquals(null, session[0]);
        AuditEntry last = store.entries().get(store.entries().size() - 1);
        assertEquals("user.signin", last.action());
        assertEquals(prefix + "_almaty", last.target());
        assertEquals(AuditEntry.Outcome.REFUSED, last.outcome());
        assertFalse(store.entries().stream().anyMatch(e -> (e.before() + e.after()).contains("guess")),
                "the password is in no entry");
    }

    @Test
    void aLoginWithoutAUsersEntryIsRefusedAndAudited() {
        DataSource[] session = signIn("stranger", "stranger-secret", SignIn.Outcome.NOT_A_USER);
        assertEquals(null, session[0]);
        AuditEntry last = store.entries().get(store.entries().size() - 1);
        assertEquals("user.signin", last.action());
        assertEquals(prefix + "_stranger", last.target());
        assertTrue(last.after().contains("app_user"), last.after());
    }

    @Test
    void aRegionalAdministratorChangesTheRegionPolicyOfTheirRegionOnly() throws SQLException {
        DataSource karaganda = signIn("karaganda", "karaganda-secret", SignIn.Outcome.SIGNED_IN)[0];
        DataSource almaty = signIn("almaty", "Алматы-secret", SignIn.Outcome.SIGNED_IN)[0];
        assertEquals(1, sql(karaganda, "INSERT INTO region_policy (module, region) VALUES ('readiness', '350000000')"));
        for (String region : new String[] {"190000000", "all"}) {
            SQLException refused = assertThrows(SQLException.class, () -> sql(karaganda,
                    "INSERT INTO region_policy (module, region) VALUES ('readiness', '" + region + "')"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
        }
        assertThrows(SQLException.class, () -> sql(almaty,
                "INSERT INTO region_policy (module, region) VALUES ('readiness', '190000000')"),
                "a tax officer manages no modules");
        assertEquals(0, sql(almaty, "DELETE FROM region_policy"));
        assertEquals("1", text(owner, "SELECT COUNT(*)::text FROM region_policy"));
    }

    /** Users are managed through the directory as the signed-in login: a regional admin within their region only. */
    @Test
    void aRegionalAdministratorManagesUsersOfTheirRegionOnlyAndTheDatabaseAgrees() throws SQLException {
        DataSource karaganda = signIn("karaganda", "karaganda-secret", SignIn.Outcome.SIGNED_IN)[0];
        String login = prefix + "_karaganda";
        assertEquals(1, sql(karaganda, "INSERT INTO app_user VALUES ('clerk', 'registry-editor', '351600000', '"
                + login + "', now())"));
        for (String row : new String[] {"('clerk2', 'registry-editor', '191000000', '" + login + "', now())",
            "('boss', 'national-admin', '350000000', '" + login + "', now())",
            "('clerk3', 'registry-editor', '000000000', '" + login + "', now())",
            "('clerk4', 'registry-editor', '351600000', 'someone-else', now())"}) {
            assertThrows(SQLException.class, () -> sql(karaganda, "INSERT INTO app_user VALUES " + row), row);
        }
        assertEquals(0, sql(karaganda, "DELETE FROM app_user WHERE login = '" + prefix + "_almaty'"),
                "Almaty's user is not Karaganda's to remove");
        assertEquals(1, sql(karaganda, "DELETE FROM app_user WHERE login = 'clerk'"));
    }

    /** The server checks the verifier computed here when each signs in (above); the audit has no password. */
    @Test
    void creatingLoginsIsAuditedWithoutThePassword() {
        List<AuditEntry> created = store.entries().stream().filter(e -> e.action().equals("user.create-login")).toList();
        assertEquals(3, created.size());
        assertTrue(created.stream().noneMatch(e -> e.after().contains("secret")));
    }

    /**
     * Refusals kept on the desktop before anyone signed in (the file log) move into the central
     * log once a login signs in: in that login's name, as the append-only triggers demand, with
     * the name they were kept under in the entry.
     */
    @Test
    void whatTheDesktopKeptBeforeSignInMovesInTheSignedInLoginsName(@TempDir Path desktop) throws Exception {
        Files.writeString(desktop.resolve("audit.jsonl"), "{\"when\":\"2027-03-01T07:00:00Z\",\"user\":\"erlan\","
                + "\"action\":\"user.signin\",\"target\":\"" + prefix + "_almaty\",\"before\":\"\",\"after\":"
                + "\"REFUSED: the database refused the login or its password\",\"outcome\":\"REFUSED\"}\n");
        DataSource almaty = signIn("almaty", "Алматы-secret", SignIn.Outcome.SIGNED_IN)[0];
        PGSimpleDataSource session = (PGSimpleDataSource) almaty.unwrap(PGSimpleDataSource.class);
        DatabasePlatformStore signedIn = new DatabasePlatformStore(kz.aimaq.storage.api.Database.of(session,
                kz.aimaq.storage.api.Dialect.POSTGRESQL), Migrations.fromClassLoader(getClass().getClassLoader(),
                        "db/storage"), new Installer(prefix + "_almaty"), Clock.systemUTC(), desktop, n -> { });
        AuditEntry moved = signedIn.entries().stream().filter(e -> e.when().equals(Instant.parse(
                "2027-03-01T07:00:00Z"))).findFirst().orElseThrow();
        assertEquals(prefix + "_almaty", moved.user());
        assertTrue(moved.after().contains("kept on this desktop as erlan"), moved.after());
        assertFalse(Files.exists(desktop.resolve("audit.jsonl")));
        assertTrue(signedIn.verify().isIntact());
    }

    @Test
    void theCentralConfigurationHoldsNoLoginOrPassword() {
        String url = "jdbc:postgresql://db.akimat.local:5432/aimaq";
        for (String[] credentials : new String[][] {{"aimaq", ""}, {"", "shared-secret"}}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ConnectionSettings
                    .resolve(StorageConfig.Mode.central, url, credentials[0], credentials[1], data));
            assertTrue(refused.getMessage().contains("each user signs in with their own database login"));
            assertFalse(refused.getMessage().contains("shared-secret"));
        }
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.resolve(StorageConfig.Mode.central,
                url + "?password=shared-secret", "", "", data));
        assertEquals("db.akimat.local:5432/aimaq",
                ConnectionSettings.resolve(StorageConfig.Mode.central, url, "", "", data).server().toString());
    }

    private static String text(DataSource source, String query) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int sql(DataSource source, String statement) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
            return Math.max(0, s.getUpdateCount());
        }
    }
}
