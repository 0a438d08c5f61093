package kz.aimaq.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void fileNameGivesVersionAndDescription() {
        Migration m = Migration.of("V12__add_unit_facts.sql", "SELECT 1");

        assertEquals(12, m.version());
        assertEquals("add unit facts", m.description());
    }

    @Test
    void badlyNamedFileIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Migration.of("v1-create.sql", "SELECT 1"));

        assertTrue(e.getMessage().contains("v1-create.sql"), e.getMessage());
    }

    @Test
    void checksumIgnoresLineEndsButNotContent() {
        String unix = Migration.of("V1__a.sql", "SELECT 1;\nSELECT 2;\n").checksum();

        assertEquals(unix, Migration.of("V1__a.sql", "SELECT 1;\r\nSELECT 2;\r\n").checksum());
        assertNotEquals(unix, Migration.of("V1__a.sql", "SELECT 1;\nSELECT 3;\n").checksum());
    }

    @Test
    void classPathFolderIsReadInVersionOrder() {
        List<Migration> migrations = Migrations.fromClassLoader(getClass().getClassLoader(), "db/sample");

        assertEquals(List.of("V1__first.sql", "V2__second.sql", "V10__tenth.sql"),
                migrations.stream().map(Migration::fileName).toList());
    }
}
