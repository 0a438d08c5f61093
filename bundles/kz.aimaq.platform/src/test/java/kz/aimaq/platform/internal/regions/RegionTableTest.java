package kz.aimaq.platform.internal.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Region;

class RegionTableTest {

    private final RegionTable regions = new RegionTable();

    @Test
    void holdsSeventeenOblastsAndThreeCitiesInKatoOrder() {
        assertEquals(20, regions.all().size());
        assertEquals("100000000", regions.all().get(0).code());
        assertEquals("790000000", regions.all().get(19).code());
    }

    @Test
    void findsByPrefixAndByNineDigitCode() {
        Region almatyRegion = regions.find("19").orElseThrow();
        assertEquals(almatyRegion, regions.find("190000000").orElseThrow());
        assertEquals(almatyRegion, regions.find(" 19 ").orElseThrow());
        assertEquals("Алматы облысы", almatyRegion.name(Languages.KAZAKH));
        assertEquals("Алматинская область", almatyRegion.name(Languages.RUSSIAN));
        assertEquals("Almaty Region", almatyRegion.name(Locale.ENGLISH));
        assertEquals("Shymkent", regions.find("79").orElseThrow().nameEn());
    }

    @Test
    void unknownCodesAreNotFound() {
        assertTrue(regions.find("18").isEmpty());
        assertTrue(regions.find("191010000").isEmpty(), "a district is not a top-level region");
        assertTrue(regions.find("").isEmpty());
        assertTrue(regions.find(null).isEmpty());
    }
}
