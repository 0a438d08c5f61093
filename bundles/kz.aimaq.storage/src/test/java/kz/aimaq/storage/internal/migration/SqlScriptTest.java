package kz.aimaq.storage.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void scriptSplitsAtSemicolonsOutsideQuotesAndComments() {
        List<SqlScript.Statement> statements = SqlScript.split(
                "-- a; comment\nCREATE TABLE a (x VARCHAR(5));\n/* b;\n c */ INSERT INTO a VALUES ('x;y');\n"
                        + "SELECT $$;$$;");

        assertEquals(List.of("CREATE TABLE a (x VARCHAR(5))", "INSERT INTO a VALUES ('x;y')", "SELECT $$;$$"),
                statements.stream().map(SqlScript.Statement::sql).toList());
        assertEquals(List.of(2, 4, 5), statements.stream().map(SqlScript.Statement::line).toList());
    }
}
