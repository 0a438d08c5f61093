package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Central mode as an installer and two regional administrators use it, against the real
 * PostgreSQL server .ci/postgres.sh sets up: conf/ holds the server's URL only; the schema's
 * owner signs in (PGPASSWORD) and secures it, adds two users with their own logins (the first
 * password on standard input); each signs in with their own password, may change only their
 * region, and reads only their region's audit; a wrong password is refused with a clear message.
 */
class CentralSignInIT {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/aimaq_test";

    @TempDir
    Path folder;

    private Path home;
    private Path data;
    private String prefix;

    @BeforeEach
    void centralInstallation() throws Exception {
        prefix = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try {
            owner("CREATE SCHEMA " + prefix);
        } catch (SQLException e) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            assumeTrue(ci, "no PostgreSQL server at " + SERVER + " (" + e.getMessage() + "): run .ci/postgres.sh");
            throw e;
        }
        home = Distribution.installation(folder);
        Path conf = home.resolve("conf");
        Files.writeString(conf.resolve("region-policy.json"), "{\"modules\": {\"readiness\": []}}\n");
        Files.writeString(conf.resolve("kz.aimaq.storage.cfg"), "mode=central\nurl=" + SERVER + "?currentSchema="
                + prefix + "\n");
        data = folder.resolve("data");
    }

    @AfterEach
    void dropSchemaAndLogins() throws SQLException, IOException {
        if (home == null) {
            return;
        }
        Distribution.unlink(home);
        owner("DROP SCHEMA IF EXISTS " + prefix + " CASCADE");
        for (String role : new String[] {"almaty", "karaganda", "app"}) {
            owner("DROP ROLE IF EXISTS " + prefix + "_" + role);
        }
    }

    private static void owner(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "aimaq", "aimaq"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Distribution.Result aimaq(String password, String input, String... arguments) throws Exception {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Path in = Files.writeString(Files.createTempFile(folder, "in", ".txt"), input);
        ProcessBuilder builder = Distribution.command(home, data, Map.of("PGPASSWORD", password,
                "PGPASSFILE", folder.resolve("no.pgpass").toString()), arguments);
        Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("aimaq " + String.join(" ", arguments) + " did not finish in 3 minutes");
        }
        return new Distribution.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void eachUserSignsInWithTheirOwnLoginAndChangesOnlyTheirRegion() throws Exception {
        String almaty = prefix + "_almaty";
        String karaganda = prefix + "_karaganda";
        Distribution.Result secured = aimaq("aimaq", "", "--user", "aimaq", "--locale", "en", "--headless", "central",
                "secure", prefix + "_app");
        assertEquals(0, secured.exitCode(), secured.err());
        for (String[] user : new String[][] {{almaty, "190000000", "Алматы-2027"},
            {karaganda, "350000000", "karaganda-2027"}}) {
            Distribution.Result added = aimaq("aimaq", user[2] + "\n", "--user", "aimaq", "--headless", "users", "add",
                    user[0], "--roles", "regional-admin", "--scope", user[1]);
            assertEquals(0, added.exitCode(), added.err());
        }

        Distribution.Result own = aimaq("Алматы-2027", "", "--user", almaty, "--locale", "en", "--headless",
                "modules", "enable", "readiness", "--region", "19");
        assertEquals(0, own.exitCode(), own.err());
        Distribution.Result other = aimaq("Алматы-2027", "", "--user", almaty, "--locale", "en", "--headless",
                "modules", "enable", "readiness", "--region", "35");
        assertEquals(1, other.exitCode());
        assertTrue(other.err().contains("only within their scope"), other.err());

        Distribution.Result wrong = aimaq("guess", "", "--user", karaganda, "--locale", "en", "--headless", "audit");
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("refused login " + karaganda + " or its password"), wrong.err());
        assertFalse((wrong.out() + wrong.err()).contains("guess"));

        Distribution.Result audit = aimaq("karaganda-2027", "", "--user", karaganda, "--locale", "en", "--headless",
                "audit");
        assertEquals(0, audit.exitCode(), audit.err());
        assertTrue(audit.out().contains("REFUSED module.enable") && audit.out().contains("readiness@350000000"),
                audit.out());
        assertFalse(audit.out().contains("readiness@190000000"), "Almaty's change is not Karaganda's to read:\n"
                + audit.out());

        String config = Files.readString(home.resolve("conf/kz.aimaq.storage.cfg"));
        assertFalse(config.contains("password") || config.contains("user"), config);
    }
}
