package kz.aimaq.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import kz.aimaq.storage.api.Dialect;

class ConnectionSettingsTest {

    private static final Path DATA = Path.of("/home/analyst/.aimaq");

    @Test
    void embeddedModeUsesFileInDataFolderSharedWithOtherProcesses() {
        ConnectionSettings s = ConnectionSettings.resolve(StorageConfig.Mode.embedded, "", "", "", DATA);

        assertEquals(Dialect.H2, s.dialect());
        assertEquals("jdbc:h2:file:/home/analyst/.aimaq/db/aimaq;AUTO_SERVER=TRUE;CACHE_SIZE=8192", s.url(),
                "a command beside the open window reaches the database through the window's process");
    }

    @Test
    void aMisspelledModeIsNamedWithItsFileAndField() {
        String problem = ConnectionSettings.configProblem(java.util.Map.of("mode", "centrall",
                "service.pid", "kz.aimaq.storage", "felix.fileinstall.filename", "file:/opt/aimaq/conf/kz.aimaq.storage.cfg"))
                .orElseThrow();

        assertTrue(problem.startsWith("conf/kz.aimaq.storage.cfg: mode: \"centrall\""), problem);
        assertTrue(problem.contains("embedded") && problem.contains("central"), problem);
        assertFalse(ConnectionSettings.configProblem(java.util.Map.of("mode", "central", "url", "jdbc:postgresql://x/y",
                "component.name", "x", "component.id", 3L)).isPresent());
        assertFalse(ConnectionSettings.configProblem(java.util.Map.of()).isPresent(), "no file: the defaults");
    }

    @Test
    void aBinaryFileIsNamedAsNotAConfigurationFile() {
        String problem = ConnectionSettings.configProblem(java.util.Map.of("\u0000\u0001PK\u0003\u0004\ufffd", "\ufffd\u0007"))
                .orElseThrow();

        assertTrue(problem.startsWith("conf/kz.aimaq.storage.cfg: "), problem);
        assertTrue(problem.contains("not a text file"), problem);
    }

    @Test
    void centralModeWithoutUrlSaysWhatToSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectionSettings.resolve(StorageConfig.Mode.central, " ", "aimaq", "secret", DATA));

        assertTrue(e.getMessage().contains("url") && e.getMessage().contains("kz.aimaq.storage.cfg"), e.getMessage());
    }

    @Test
    void unsupportedUrlIsRefusedWithoutShowingThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectionSettings.resolve(StorageConfig.Mode.central,
                        "jdbc:mysql://db/aimaq?password=s3cret", "aimaq", "s3cret", DATA));

        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void theSignedInPasswordReachesTheDriverButNoText() {
        ConnectionSettings s = ConnectionSettings.resolve(StorageConfig.Mode.central,
                "jdbc:postgresql://db.gov.kz:5432/aimaq?ssl=true", "", "", DATA);

        assertEquals(Dialect.POSTGRESQL, s.dialect());
        assertEquals("db.gov.kz:5432/aimaq", s.server().toString());
        assertFalse(s.toString().contains("hunter2"), s.toString());
        assertEquals("FATAL: password *** rejected", ConnectionSettings.redact("FATAL: password hunter2 rejected",
                "hunter2"));
        assertEquals("jdbc:postgresql://aimaq:***@db.gov.kz/aimaq?password=***", ConnectionSettings.redact(
                "jdbc:postgresql://aimaq:hunter2@db.gov.kz/aimaq?password=hunter2", ""));
        assertEquals("hunter2", s.dataSourceProperties("almaty", "hunter2").getProperty("password"));
        assertEquals("almaty", s.dataSourceProperties("almaty", "hunter2").getProperty("user"));
    }
}
