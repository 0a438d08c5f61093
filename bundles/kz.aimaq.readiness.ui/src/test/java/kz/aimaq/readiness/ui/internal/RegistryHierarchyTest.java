package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import kz.aimaq.registry.api.Unit;

class RegistryHierarchyTest {

    private final RegistryHierarchy hierarchy = RegistryHierarchy.read(SampleRegistry.create(), () -> false);

    @Test
    void okrugsAreTheUnitsWithTheirOwnBudgetAndTheirVillagesAreNotRead() {
        assertEquals(11, hierarchy.okrugs().size());
        assertTrue(hierarchy.okrugs().stream().allMatch(Unit::ownBudget));
        assertEquals(Optional.empty(), hierarchy.unit("193230101"), "a village below an okrug");
    }

    @Test
    void parentsLeadFromOkrugThroughDistrictAndRegionToTheCountry() {
        assertEquals(Optional.of(SampleRegistry.ENBEKSHIKAZAKH), hierarchy.parent(SampleRegistry.OKRUG));
        assertEquals(Optional.of("190000000"), hierarchy.parent(SampleRegistry.ENBEKSHIKAZAKH));
        assertEquals(Optional.of(RegistryHierarchy.COUNTRY), hierarchy.parent("190000000"));
        assertEquals(Optional.empty(), hierarchy.parent(RegistryHierarchy.COUNTRY));
        assertEquals(List.of(Optional.of(RankLevel.OKRUG), Optional.of(RankLevel.DISTRICT), Optional.of(RankLevel.REGION)),
                List.of(hierarchy.level(SampleRegistry.OKRUG), hierarchy.level(SampleRegistry.ENBEKSHIKAZAKH),
                        hierarchy.level("190000000")));
    }

    @Test
    void okrugsWithoutAPublishedPopulationShareWhatTheirDistrictLeaves() {
        assertEquals(OptionalDouble.of(9_000), hierarchy.population(SampleRegistry.OKRUG), "published");
        // Glubokoe: 60 000 people; two okrugs publish 3 000 and 9 000; two publish nothing
        assertEquals(OptionalDouble.of(24_000), hierarchy.population("634033100"));
        assertEquals(OptionalDouble.of(24_000), hierarchy.population("634037100"));
        assertEquals(OptionalDouble.of(60_000), hierarchy.population("634000000"));
    }
}
