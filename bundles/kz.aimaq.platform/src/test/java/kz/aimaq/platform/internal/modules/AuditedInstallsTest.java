package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditedInstallsTest {

    @TempDir
    Path folder;

    @Test
    void theSameBytesAreAuditedOnceAChangedJarAgainAndARemovedOneWhenItIsBack() throws Exception {
        Path jar = Files.writeString(folder.resolve("weather.jar"), "first build");
        Path record = folder.resolve("checked").resolve("audited-installs.properties");
        String first = AuditedInstalls.sha256(jar);
        assertFalse(new AuditedInstalls(record).audited(jar, first), "never installed here");

        new AuditedInstalls(record).record(jar, first);
        assertTrue(new AuditedInstalls(record).audited(jar, first), "the next process sees the record");

        Files.writeString(jar, "second build");
        assertFalse(new AuditedInstalls(record).audited(jar, AuditedInstalls.sha256(jar)), "an update is audited");

        new AuditedInstalls(record).retain(Set.of());
        assertFalse(new AuditedInstalls(record).audited(jar, first), "taken out of deploy/ and put back: audited again");
    }

    @Test
    void anUnreadableRecordMeansAuditingAgainNeverLeavingOut() throws Exception {
        Path jar = Files.writeString(folder.resolve("weather.jar"), "build");
        Path record = Files.writeString(folder.resolve("audited-installs.properties"), "weather.jar=\\u12");
        assertFalse(new AuditedInstalls(record).audited(jar, AuditedInstalls.sha256(jar)));
    }
}
