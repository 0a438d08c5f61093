package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.RegionPolicyStore;
import kz.aimaq.platform.internal.regions.RegionTable;

class PolicySourceTest {

    private static final RegionTable REGIONS = new RegionTable();

    @TempDir
    Path home;

    @TempDir
    Path data;

    private final List<Path> failedCopies = new ArrayList<>();

    /** A store in memory, as the database holds it. */
    private static final class MemoryStore implements RegionPolicyStore {
        Map<String, Set<String>> saved;
        int saves;

        @Override
        public Optional<Map<String, Set<String>>> load() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void save(Map<String, Set<String>> modules) {
            saved = Map.copyOf(modules);
            saves++;
        }
    }

    private PolicySource source() {
        return new PolicySource(home, data, (file, e) -> failedCopies.add(file));
    }

    private Policy read(RegionPolicyStore store) throws Exception {
        return source().read(store, Set.of("registry"), Set.of("readiness", "tax"),
                code -> REGIONS.find(code).map(Region::code).orElse(null));
    }

    private void seed(String json) throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf").resolve(PolicyFile.FILE_NAME), json);
    }

    @Test
    void anEmptyStoreIsSeededFromTheConfSeed() throws Exception {
        seed("{\"modules\": {\"readiness\": [\"19\"], \"tax\": \"all\"}}");
        MemoryStore store = new MemoryStore();

        Policy policy = read(store);

        assertTrue(policy.enabled("readiness", "190000000"));
        assertEquals(Map.of("readiness", Set.of("190000000"), "tax", RegionPolicyStore.ALL), store.saved);
    }

    @Test
    void theStoredPolicyWinsOverTheFilesAndIsNotSeededAgain() throws Exception {
        seed("{\"modules\": {\"readiness\": [\"19\"]}}");
        MemoryStore store = new MemoryStore();
        store.save(Map.of("tax", Set.of("710000000")));

        Policy policy = read(store);

        assertFalse(policy.enabled("readiness", "190000000"));
        assertTrue(policy.enabled("tax", "710000000"));
        assertEquals(1, store.saves);
    }

    @Test
    void aLocalCopyThatDiffersFromTheStoreIsRewrittenSoThatRunsWithoutTheDatabaseAgree() throws Exception {
        Path copy = data.resolve(PolicyFile.FILE_NAME);
        Files.writeString(copy, "{\"modules\": {\"tax\": [\"35\", \"71\"]}}");
        MemoryStore store = new MemoryStore();
        store.save(Map.of("readiness", RegionPolicyStore.ALL));

        Policy policy = read(store);

        assertFalse(policy.enabled("tax", "710000000"));
        assertEquals(policy, read(null), "the copy now says what the database says");
        assertEquals(List.of(), failedCopies);
    }

    @Test
    void anUnreadableLocalCopyIsLeftForItsAuthorToSee() throws Exception {
        Path copy = data.resolve(PolicyFile.FILE_NAME);
        Files.writeString(copy, "{\"modules\": {\"tax\": [\"18\"]}}");
        MemoryStore store = new MemoryStore();
        store.save(Map.of("readiness", RegionPolicyStore.ALL));

        assertTrue(read(store).enabled("readiness", "190000000"));
        assertEquals("{\"modules\": {\"tax\": [\"18\"]}}", Files.readString(copy));
    }

    @Test
    void withoutAStoreTheFilesAreUsedAsBefore() throws Exception {
        seed("{\"modules\": {\"readiness\": [\"19\"]}}");

        assertTrue(read(null).enabled("readiness", "190000000"));
        assertEquals(home.resolve("conf").resolve(PolicyFile.FILE_NAME).toString(), source().source(null));
    }

    @Test
    void aRefusedSeedFileLeavesTheStoreEmpty() throws Exception {
        seed("{\"modules\": {\"tax\": [\"18\"]}}");
        MemoryStore store = new MemoryStore();

        assertThrows(PolicyException.class, () -> read(store));
        assertEquals(null, store.saved);
    }

    @Test
    void aStoredPolicyNamingAModuleNotInstalledKeepsItWithoutEffectNamingTheTable() throws Exception {
        MemoryStore store = new MemoryStore();
        store.save(Map.of("weather", RegionPolicyStore.ALL, "readiness", Set.of("19")));

        Policy policy = read(store);
        assertEquals(Map.of("weather", StoredPolicy.SOURCE), policy.notInstalled());
        assertTrue(policy.enabled("readiness", "190000000"), "the rest of the policy holds");
    }

    @Test
    void aChangeGoesToTheStoreAndToTheLocalCopyForRunsWithoutTheDatabase() throws Exception {
        MemoryStore store = new MemoryStore();
        Policy changed = new Policy(Map.of("readiness", RegionSet.of(List.of("190000000")), "tax", RegionSet.ALL));

        source().write(store, changed);

        assertEquals(Map.of("readiness", Set.of("190000000"), "tax", RegionPolicyStore.ALL), store.saved);
        PolicyFile copy = new PolicyFile(data.resolve(PolicyFile.FILE_NAME), Set.of(), Set.of("readiness", "tax"),
                code -> REGIONS.find(code).map(Region::code).orElse(null));
        assertEquals(changed, copy.read());
        assertEquals(changed, read(null));
        assertEquals(List.of(), failedCopies);
    }

    @Test
    void storedRegionCodesAreCheckedAndAllCannotBeMixed() {
        assertThrows(PolicyException.class, () -> StoredPolicy.fromMap(Map.of("tax", Set.of("990000000")),
                Set.of(), Set.of("tax"), code -> REGIONS.find(code).map(Region::code).orElse(null)));
        assertThrows(PolicyException.class, () -> StoredPolicy.fromMap(Map.of("tax", Set.of("all", "190000000")),
                Set.of(), Set.of("tax"), code -> REGIONS.find(code).map(Region::code).orElse(null)));
        assertThrows(PolicyException.class, () -> StoredPolicy.fromMap(Map.of("registry", RegionPolicyStore.ALL),
                Set.of("registry"), Set.of("tax"), code -> REGIONS.find(code).map(Region::code).orElse(null)));
    }
}
