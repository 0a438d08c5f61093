package kz.aimaq.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password a headless command finds where libpq would: PGPASSWORD, then the password file. */
class PgpassTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();

    private Optional<String> find(Map<String, String> env, String login) {
        return Pgpass.find(env, home, "db.akimat.local", 5432, "aimaq", login, warnings::add).map(String::new);
    }

    @Test
    void theEnvironmentComesFirstThenTheFirstMatchingLineWithWildcardsAndEscapes() throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, """
                # comment
                other.host:5432:aimaq:almaty:wrong
                db.akimat.local:5432:aimaq:almaty:pa\\:ss\\\\word
                *:*:*:*:fallback
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.of("from-env"), find(Map.of("PGPASSWORD", "from-env"), "almaty"));
        assertEquals(Optional.of("pa:ss\\word"), find(Map.of(), "almaty"));
        assertEquals(Optional.of("fallback"), find(Map.of(), "karaganda"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aFileOthersMayReadIsIgnoredWithAWarningThatShowsNoPassword() throws Exception {
        Path file = home.resolve("named.pgpass");
        Files.writeString(file, "*:*:*:*:top-secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Optional.empty(), find(Map.of("PGPASSFILE", file.toString()), "almaty"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("chmod 0600") && !warnings.get(0).contains("top-secret"));
        assertEquals(Optional.empty(), find(Map.of(), "almaty"), "no ~/.pgpass at all");
    }
}
