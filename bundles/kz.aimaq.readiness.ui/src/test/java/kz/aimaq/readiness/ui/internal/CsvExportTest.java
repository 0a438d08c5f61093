package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.testing.TestRegions;

class CsvExportTest {

    @Test
    void exportWritesEveryRowWithAByteOrderMarkAndPlainNumbers(@TempDir Path folder) throws Exception {
        TestRegions regions = new TestRegions();
        ReadinessResults results = ReadinessResults.compute(new ReadinessEngineImpl(), new FakeRegistry(), share -> {
        }, () -> false);
        Path file = folder.resolve("ranking.csv");

        CsvExport.write(file, results.rows, true, Languages.KAZAKH, Messages.of(CsvExport.class, Languages.KAZAKH),
                prefix -> regions.find(prefix).orElse(null));

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(1 + results.rows.size(), lines.size());
        assertTrue(lines.get(0).startsWith("Орын,ӘАОЖ коды,Атауы"), lines.get(0));
        Row okrug = results.row(FakeRegistry.OKRUG).orElseThrow();
        String line = lines.stream().filter(l -> l.contains(FakeRegistry.OKRUG)).findFirst().orElseThrow();
        assertTrue(line.contains("," + CsvExport.number(okrug.score()) + ","), line);
        assertTrue(line.endsWith(",true"), line);
    }
}
