package kz.aimaq.tax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.ReferenceRow;

/** The shipped tables with one replaced by a test file from {@code reference-test/}. */
final class TestTables {

    private TestTables() {
    }

    static ReferenceTables shippedWith(String table, String testFile) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        try (InputStream in = TestTables.class.getClassLoader().getResourceAsStream("reference-test/" + testFile)) {
            List<ReferenceRow> rows = ReferenceTables.read(ReferenceTables.spec(table), in, testFile, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.toString());
            }
            return ReferenceTables.shipped().with(table, rows);
        }
    }
}
