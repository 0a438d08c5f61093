package kz.aimaq.storage.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;
import kz.aimaq.storage.testing.TestDatabase;

/** The migration runner's behaviour, run on H2 and on PostgreSQL by the subclasses. */
abstract class MigrationRunnerContract {

    private static final Migration CREATE = Migration.of("V1__create_item.sql",
            "-- the first table; a ; in a comment does not split\nCREATE TABLE item (id INTEGER PRIMARY KEY,"
                    + " name VARCHAR(50) NOT NULL);\n");
    private static final Migration INSERT = Migration.of("V2__first_items.sql",
            "INSERT INTO item VALUES (1, 'Қонаев; Алматы облысы');\nINSERT INTO item VALUES (2, 'ё');\n");
    private static final Migration ADD_COLUMN = Migration.of("V10__add_code.sql",
            "ALTER TABLE item ADD COLUMN code VARCHAR(9)");

    private TestDatabase db;

    abstract TestDatabase open();

    @BeforeEach
    void openDatabase() {
        db = open();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void appliesScriptsInVersionOrderAndRecordsThem() throws Exception {
        List<Migration> applied = db.database().migrate("demo", List.of(ADD_COLUMN, INSERT, CREATE));

        assertEquals(List.of(1, 2, 10), applied.stream().map(Migration::version).toList());
        assertEquals(List.of("1 V1__create_item.sql", "2 V2__first_items.sql", "10 V10__add_code.sql"),
                query("SELECT version, script FROM aimaq_schema_history WHERE owner = 'demo' ORDER BY version"));
        assertEquals(List.of("1 Қонаев; Алматы облысы", "2 ё"), query("SELECT id, name FROM item ORDER BY id"));
    }

    @Test
    void secondRunAppliesOnlyNewScripts() throws Exception {
        db.database().migrate("demo", List.of(CREATE, INSERT));

        assertEquals(List.of(), db.database().migrate("demo", List.of(CREATE, INSERT)));
        assertEquals(List.of(ADD_COLUMN), db.database().migrate("demo", List.of(CREATE, INSERT, ADD_COLUMN)));
    }

    @Test
    void changedAppliedScriptIsRefusedNamingOwnerVersionAndFile() throws Exception {
        db.database().migrate("demo", List.of(CREATE, INSERT));
        Migration edited = Migration.of("V2__first_items.sql", "INSERT INTO item VALUES (3, 'changed')");

        MigrationException e = assertThrows(MigrationException.class,
                () -> db.database().migrate("demo", List.of(CREATE, edited, ADD_COLUMN)));

        assertTrue(e.getMessage().contains("'demo'") && e.getMessage().contains("version 2")
                && e.getMessage().contains("V2__first_items.sql") && e.getMessage().contains("changed"),
                e.getMessage());
        assertEquals("V2__first_items.sql", e.fileName());
        assertEquals(2, query("SELECT id FROM item").size(), "nothing else ran");
        assertEquals(2, query("SELECT version FROM aimaq_schema_history").size());
    }

    @Test
    void newScriptOlderThanAppliedOneIsRefused() throws Exception {
        db.database().migrate("demo", List.of(CREATE, ADD_COLUMN));

        MigrationException e = assertThrows(MigrationException.class,
                () -> db.database().migrate("demo", List.of(CREATE, INSERT, ADD_COLUMN)));

        assertTrue(e.getMessage().contains("V2__first_items.sql") && e.getMessage().contains("older"),
                e.getMessage());
    }

    @Test
    void failingScriptIsRolledBackAndNotRecorded() throws Exception {
        db.database().migrate("demo", List.of(CREATE));
        Migration broken = Migration.of("V2__broken.sql",
                "INSERT INTO item VALUES (7, 'kept?');\n\nINSERT INTO no_such_table VALUES (1);");

        MigrationException e = assertThrows(MigrationException.class,
                () -> db.database().migrate("demo", List.of(CREATE, broken)));

        assertTrue(e.getMessage().contains("V2__broken.sql") && e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(List.of(), query("SELECT id FROM item"));
        assertEquals(List.of("1"), query("SELECT version FROM aimaq_schema_history"));
    }

    @Test
    void ownersHaveSeparateHistories() throws Exception {
        db.database().migrate("demo", List.of(CREATE));
        Migration other = Migration.of("V1__other.sql", "CREATE TABLE other_item (id INTEGER)");

        assertEquals(List.of(other), db.database().migrate("other", List.of(other)));
        assertEquals(List.of("demo 1", "other 1"),
                query("SELECT owner, version FROM aimaq_schema_history ORDER BY owner"));
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
