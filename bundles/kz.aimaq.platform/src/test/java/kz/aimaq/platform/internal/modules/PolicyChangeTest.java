package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.platform.internal.regions.RegionTable;

class PolicyChangeTest {

    private static final RegionTable REGIONS = new RegionTable();
    private static final Messages ENGLISH = Messages.of(PolicyChangeTest.class, Languages.ENGLISH);

    private final List<ModuleEntry> catalogue = List.of(
            new ModuleEntry("registry", "Registry", ModuleKind.CORE, "features/registry.json", List.of(), Map.of()),
            new ModuleEntry("readiness", "Readiness", ModuleKind.OPTIONAL, "features/readiness.json",
                    List.of(new ModuleEntry.Member(Path.of("/b/r.jar"), "kz.aimaq.readiness", false)), Map.of()));

    private final Policy policy = new Policy(Map.of("readiness", RegionSet.of(List.of("710000000"))));

    @Test
    void enablingAddsTheNineDigitCodeAndKeepsTheOthers() throws Exception {
        PolicyChange change = PolicyChange.of(ENGLISH, catalogue, policy, REGIONS, "readiness", "19", true);
        assertEquals("710000000", change.before().toString());
        assertEquals("190000000,710000000", change.after().toString());
        assertTrue(change.policy().enabled("readiness", "190000000"));
        assertTrue(change.changes());
    }

    @Test
    void enablingWhereAlreadyEnabledChangesNothing() throws Exception {
        assertFalse(PolicyChange.of(ENGLISH, catalogue, policy, REGIONS, "readiness", "71", true).changes());
    }

    @Test
    void disablingOneRegionOfAllKeepsTheOtherNineteen() throws Exception {
        Policy everywhere = new Policy(Map.of("readiness", RegionSet.ALL));
        PolicyChange change = PolicyChange.of(ENGLISH, catalogue, everywhere, REGIONS, "readiness", "190000000", false);
        assertEquals("all", change.before().toString());
        assertEquals(19, change.after().codes().size());
        assertFalse(change.after().contains("190000000"));
    }

    @Test
    void unknownModuleIsRefusedNamingTheOptionalOnes() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> PolicyChange.of(ENGLISH, catalogue, policy, REGIONS, "weather", "19", true));
        assertEquals("There is no module 'weather'. Optional modules: readiness.", e.getMessage());
    }

    @Test
    void coreModuleIsRefused() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> PolicyChange.of(ENGLISH, catalogue, policy, REGIONS, "registry", "19", false));
        assertTrue(e.getMessage().contains("'registry' is a core module"), e.getMessage());
    }

    @Test
    void unknownRegionIsRefusedInTheUsersLanguage() {
        Messages kazakh = Messages.of(PolicyChangeTest.class, Languages.KAZAKH);
        PolicyException e = assertThrows(PolicyException.class,
                () -> PolicyChange.of(kazakh, catalogue, policy, REGIONS, "readiness", "18", true));
        assertTrue(e.getMessage().startsWith("'18' өңір коды емес"), e.getMessage());
    }
}
