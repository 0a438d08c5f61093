package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.aimaq.map.api.ChoroplethLayer.Level;

class BoundariesTest {

    private static Boundaries boundaries;

    @BeforeAll
    static void load() throws Exception {
        boundaries = GeoJsonBoundaries.load();
    }

    @Test
    void everyFeatureOfBothFilesIsReadWithItsKato2026Code() {
        assertEquals(20, boundaries.regions().size());
        assertEquals(224, boundaries.districts().size());
        Set<String> districts = boundaries.districts().stream().map(Area::code).collect(Collectors.toSet());
        assertEquals(224, districts.size(), "every district has a code of its own");
        assertTrue(districts.contains("104100000"), "Zhanasemey under its KATO 2026 code");
        assertTrue(districts.contains("622000000"), "Satpaev under its KATO 2026 code");
        assertTrue(!districts.contains("101010000") && !districts.contains("622010000"), "not geokz's codes");
        assertTrue(boundaries.regions().stream().allMatch(a -> a.code().matches("\\d{2}0{7}")));
    }

    @Test
    void pointsHitTheAreasThatContainThem() {
        assertEquals("710000000", code(Level.REGION, 71.45, 51.17), "Astana");
        assertEquals("750000000", code(Level.REGION, 76.92, 43.25), "Almaty");
        assertEquals("350000000", code(Level.REGION, 74.5, 48.5), "Karaganda oblast");
        assertTrue(code(Level.DISTRICT, 71.45, 51.17).startsWith("711"), "a district of Astana");
        assertEquals(Optional.empty(), boundaries.hit(Level.REGION, Boundaries.projectX(37.6), Boundaries.projectY(55.7)),
                "Moscow lies outside");
    }

    private static String code(Level level, double longitude, double latitude) {
        return boundaries.hit(level, Boundaries.projectX(longitude), Boundaries.projectY(latitude)).orElseThrow().code();
    }
}
