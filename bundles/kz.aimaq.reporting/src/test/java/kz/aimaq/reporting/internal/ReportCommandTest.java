package kz.aimaq.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.registry.internal.reports.UnitsReport;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TreeRegistry;

/** {@code report list} and {@code report run} over the real catalogue and the registry's report. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws Exception {
        TestUser user = new TestUser("айгүл", TestRegions.ALMATY_REGION, Languages.RUSSIAN, "analyst");
        ReportCatalogImpl catalog = new ReportCatalogImpl(user);
        TreeRegistry registry = TreeRegistry.sample();
        catalog.addReport(new UnitsReport(registry));
        return new ReportCommand(catalog, user, registry).run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listNamesEveryReport() throws Exception {
        assertEquals(0, run("list"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("registry.units\tregistry\tЕдиницы по видам и население"));
    }

    @Test
    void runWritesTheFileInEachFormat() throws Exception {
        for (String format : List.of("pdf", "xlsx", "csv", "html")) {
            Path file = dir.resolve("units." + format);
            assertEquals(0, run("run", "--id", "registry.units", "--unit", "190000000", "--as-of", "2026-03-01", "--format", format,
                    "--out", file.toString()), err.toString(StandardCharsets.UTF_8));
            assertTrue(Files.size(file) > 500, format);
            assertFalse(Files.exists(dir.resolve("units." + format + ".part")));
        }
        String csv = Files.readString(dir.resolve("units.csv"), StandardCharsets.UTF_8);
        // Balkhash: two rural okrugs, both with their own budget, one village below them, 30 000 people
        assertTrue(csv.contains("193200000;Балхашский район;2;0;0;0;2;1;30000"), csv);
    }

    @Test
    void aUnitOfAnotherRegionIsRefusedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("astana.pdf");
        assertEquals(1, run("run", "--id", "registry.units", "--unit", "710000000", "--format", "pdf", "--out", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("710000000"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(file));
    }

    @Test
    void misuseSaysHow() throws Exception {
        assertEquals(2, run("run", "--id", "registry.units", "--format", "docx", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("docx"));
        assertEquals(2, run("run", "--id", "registry.units", "--period", "2026-13", "--format", "pdf", "--out", "x"));
        assertEquals(2, run("nonsense"));
    }
}
