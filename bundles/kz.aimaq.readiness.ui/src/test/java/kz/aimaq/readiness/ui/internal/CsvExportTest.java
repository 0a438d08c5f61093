package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.testing.TestRegions;

class CsvExportTest {

    private final TestRegions regions = new TestRegions();
    private final ReadinessResults results = ReadinessResults.compute(new ReadinessEngineImpl(), SampleRegistry.create(), java.util.Optional.empty(),
            true, share -> {
            }, () -> false).orElseThrow();

    private CsvInput export(Path folder, Locale locale) throws Exception {
        Path file = folder.resolve("ranking-" + locale + ".csv");
        CsvExport.write(file, results.rows, true, locale, Messages.of(CsvExport.class, locale),
                prefix -> regions.find(prefix).orElse(null));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        CsvInput csv = CsvInput.read(bytes);
        assertEquals(List.of(), csv.problems());
        return csv;
    }

    @Test
    void kazakhExportHasSemicolonsKazakhHeadersWithCodesAndDecimalCommas(@TempDir Path folder) throws Exception {
        CsvInput csv = export(folder, Languages.KAZAKH);

        assertEquals(';', csv.separator());
        assertEquals(results.rows.size(), csv.rows().size());
        assertTrue(csv.header().get(0).startsWith("Орын [rank]"), csv.header().toString());
        assertEquals("ӘАОЖ коды [kato]", csv.header().get(1));
        Row okrug = results.row(SampleRegistry.OKRUG).orElseThrow();
        CsvRow line = csv.rows().stream().filter(r -> r.get(csv.column("kato")).equals(SampleRegistry.OKRUG))
                .findFirst().orElseThrow();
        assertEquals(CsvConvention.SEMICOLON.number(okrug.score(), 2), line.get(csv.column("score")));
        assertTrue(line.get(csv.column("score")).matches("\\d+,\\d{2}"), line.toString());
        assertEquals("1", line.get(csv.column("synthetic")));
    }

    @Test
    void englishExportHasCommasAndDecimalPoints(@TempDir Path folder) throws Exception {
        CsvInput csv = export(folder, Locale.ENGLISH);

        assertEquals(',', csv.separator());
        CsvRow line = csv.rows().stream().filter(r -> r.get(csv.column("kato")).equals(SampleRegistry.OKRUG))
                .findFirst().orElseThrow();
        assertTrue(line.get(csv.column("score")).matches("\\d+\\.\\d{2}"), line.toString());
        double coverage = Double.parseDouble(line.get(csv.column("coverage_percent")));
        assertTrue(coverage > 0 && coverage <= 100, line.toString());
    }
}
