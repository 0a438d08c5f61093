package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** The timeline holds the versions that ended, which the registry's current tree no longer shows. */
class RegistryTimelineTest {

    @Test
    void anAbolishedOkrugStaysInTheTimelineOfItsDistrict() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            RegistryServiceImpl registry = Registries.open(db.database(), TestUser.admin(), new RecordingAuditLog());
            Unit okrug = registry.children("190000000").stream().flatMap(d -> registry.children(d.code()).stream())
                    .filter(Unit::ownBudget).findFirst().orElseThrow();
            String district = okrug.parentCode();
            for (Unit village : registry.children(okrug.code())) {
                registry.abolish(village.code(), LocalDate.of(2027, 2, 1));
            }
            registry.abolish(okrug.code(), LocalDate.of(2027, 2, 1));
            RegistryTimeline timeline = new RegistryTimeline(db.database(), registry);
            List<Unit> versions = timeline.versions(district);
            Unit ended = versions.stream().filter(u -> u.code().equals(okrug.code())).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2027, 2, 1), ended.validTo());
            assertTrue(versions.stream().allMatch(u -> u.code().startsWith(RegistryTimeline.prefix(district))));
            assertTrue(registry.find(okrug.code()).isEmpty());
        }
    }
}
