package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.testing.RecordingAuditLog;

/** The timeline holds the versions that ended, which the registry's current tree no longer shows. */
class RegistryTimelineTest {

    @Test
    void theTimelineInMemoryHoldsExactlyWhatTheTablesHoldOnAFirstStartAndAfterAWrite() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            RegistryServiceImpl registry = new RegistryServiceImpl(db.database(), Registries.migrations(),
                    TestUser.admin(), new RecordingAuditLog(), Registries.CLOCK, message -> { });
            RegistryTimeline timeline = new RegistryTimeline(registry);
            List<Unit> beforeTheSeedIsWritten = timeline.versions(null);
            registry.finishSeed(message -> { });
            RegistryStore tables = new RegistryStore(db.database().dataSource());

            assertEquals(Set.copyOf(everyRow(tables)), Set.copyOf(beforeTheSeedIsWritten));
            assertEquals(15_594 + 25, beforeTheSeedIsWritten.size());

            registry.abolish("191010000", LocalDate.of(2027, 2, 1));
            assertEquals(Set.copyOf(everyRow(tables)), Set.copyOf(timeline.versions(null)));
        }
    }

    private static List<Unit> everyRow(RegistryStore tables) throws Exception {
        RegistryStore.Versions read = tables.versions(tables.population());
        List<Unit> all = new java.util.ArrayList<>(read.current());
        all.addAll(read.former());
        return all;
    }

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
            RegistryTimeline timeline = new RegistryTimeline(registry);
            List<Unit> versions = timeline.versions(district);
            Unit ended = versions.stream().filter(u -> u.code().equals(okrug.code())).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2027, 2, 1), ended.validTo());
            assertTrue(versions.stream().allMatch(u -> u.code().startsWith(RegistryTimeline.prefix(district))));
            assertTrue(registry.find(okrug.code()).isEmpty());
        }
    }
}
