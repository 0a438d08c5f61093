package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.aimaq.registry.api.Unit;

/** The classifier the build pre-parsed is the shipped CSV, unit for unit. */
class CompactClassifierTest {

    private static List<Unit> fromCsv() {
        KatoFile.Parsed parsed = KatoFile.parse(ShippedData.KATO_FILE, ShippedData.read(ShippedData.KATO_FILE),
                ShippedData.KATO_VALID_FROM);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        return parsed.units();
    }

    @Test
    void theBuiltFileHoldsEveryUnitOfTheCsvAsParsed() {
        List<Unit> csv = fromCsv();
        List<Unit> shipped = ShippedData.units();
        assertEquals(15_594, shipped.size());
        assertEquals(csv, shipped);
    }

    @Test
    void kazakhLettersAndMissingParentsSurviveTheRoundTrip() {
        List<Unit> units = fromCsv();
        assertEquals(units, CompactClassifier.read(CompactClassifier.write(units), ShippedData.KATO_VALID_FROM));
        Unit first = units.get(0);
        assertEquals(null, first.parentCode());
        assertTrue(units.stream().anyMatch(u -> u.nameKk().contains("қ") || u.nameKk().contains("ұ")));
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        byte[] bytes = CompactClassifier.write(fromCsv().subList(0, 3));
        ByteBuffer.wrap(bytes).putInt(0, 99);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CompactClassifier.read(bytes, ShippedData.KATO_VALID_FROM));
        assertTrue(e.getMessage().contains("format 99"), e.getMessage());
    }
}
