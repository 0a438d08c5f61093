package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.internal.Text;
import kz.aimaq.platform.internal.regions.RegionTable;

class PolicyFileTest {

    private static final RegionTable REGIONS = new RegionTable();

    @TempDir
    Path folder;

    private PolicyFile file(String json) throws Exception {
        Path path = Files.writeString(folder.resolve(PolicyFile.FILE_NAME), json);
        return new PolicyFile(path, Set.of("registry"), Set.of("readiness", "tax"),
                code -> REGIONS.find(code).map(Region::code).orElse(null));
    }

    private void assertRefused(String json, int line, String problem) throws Exception {
        PolicyFile file = file(json);
        PolicyException e = assertThrows(PolicyException.class, file::read);
        String prefix = folder.resolve(PolicyFile.FILE_NAME) + ":" + line + ": ";
        assertTrue(e.getMessage().startsWith(prefix), "expected line " + line + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aRefusalIsToldInTheAdministratorsLanguageWithItsFileAndLine() throws Exception {
        PolicyFile file = file("{\"modules\": {\n  \"tax\": [\"19\", \"18\"]\n}}\n");
        PolicyFileException e = assertThrows(PolicyFileException.class, file::read);
        Path path = folder.resolve(PolicyFile.FILE_NAME);

        assertEquals(path + ":2: module 'tax': unknown region '18'; use the 2-digit prefix or 9-digit KATO code of a"
                + " top-level region, e.g. 19 or 190000000", e.getMessage(), "English in the log and the audit");
        assertEquals(path + ":2: 'tax' модулі: '18' деген өңір жоқ; жоғарғы деңгейдегі өңірдің 2 таңбалы префиксін"
                + " немесе 9 таңбалы ӘАОЖ кодын жазыңыз, мысалы 19 немесе 190000000",
                e.text().in(Text.KAZAKH));
        assertEquals(path + ":2: модуль 'tax': неизвестный регион '18'; укажите 2-значный префикс или 9-значный код"
                + " КАТО региона верхнего уровня, например 19 или 190000000",
                e.text().in(Text.RUSSIAN));
        // what the JSON parser says is quoted as it said it, inside the administrator's language
        PolicyFile brokenFile = file("{\"modules\": {\"tax\": [\"19\",]}}");
        PolicyFileException broken = assertThrows(PolicyFileException.class, brokenFile::read);
        assertTrue(broken.text().in(Text.KAZAKH).contains(":1: JSON дұрыс емес: "),
                broken.text().in(Text.KAZAKH));
    }

    @Test
    void readsTwoAndNineDigitCodesAsNineDigits() throws Exception {
        Policy policy = file("""
                {
                  // the seed of a new installation
                  "modules": {
                    "readiness": ["19", "710000000"],
                    "tax": "all"
                  }
                }
                """).read();
        assertEquals(List.of("190000000", "710000000"), List.copyOf(policy.regionsOf("readiness").codes()));
        assertTrue(policy.enabled("tax", "790000000"));
        assertFalse(policy.enabled("readiness", "750000000"));
    }

    @Test
    void missingFileEnablesNothing() throws Exception {
        Policy policy = new PolicyFile(folder.resolve("none.json"), Set.of(), Set.of("tax"), c -> c).read();
        assertFalse(policy.enabled("tax", "190000000"));
    }

    @Test
    void badJsonIsRefusedWithJacksonsLine() throws Exception {
        assertRefused("{\n  \"modules\": {\n    \"tax\": [\"19\",]\n  }\n}\n", 3, "not valid JSON");
    }

    /** An add-on whose jar left deploy/ (or a misspelt name) must not switch off every other module. */
    @Test
    void aModuleNotInstalledIsKeptWithItsLineAndTheRestHolds() throws Exception {
        Policy policy = file("{\n  \"modules\": {\n    \"tax\": \"all\",\n    \"weather\": [\"19\"]\n  }\n}\n").read();
        assertTrue(policy.enabled("tax", "790000000"), "the rest of the policy holds");
        assertEquals(Map.of("weather", folder.resolve(PolicyFile.FILE_NAME) + ":4"), policy.notInstalled());
        assertTrue(policy.enabled("weather", "190000000"), "kept for when its jar is back");
    }

    @Test
    void aModuleNotInstalledStillHasItsRegionsChecked() throws Exception {
        assertRefused("{\"modules\": {\n  \"weather\": [\"18\"]\n}}\n", 2, "unknown region '18'");
    }

    @Test
    void unknownRegionIsRefusedWithItsLine() throws Exception {
        assertRefused("{\"modules\": {\n  \"tax\": [\n    \"19\",\n    \"18\"\n  ]\n}}\n", 4, "unknown region '18'");
    }

    @Test
    void coreModuleListedIsRefused() throws Exception {
        assertRefused("{\"modules\": {\n\n  \"registry\": \"all\"\n}}\n", 3, "module 'registry' is core");
    }

    @Test
    void regionListedTwiceIsRefusedEvenInTwoSpellings() throws Exception {
        assertRefused("{\"modules\": {\"tax\": [\n  \"190000000\",\n  \"71\",\n  \"19\"\n]}}\n", 4,
                "region 190000000 is listed twice (first on line 2)");
    }

    @Test
    void allMixedWithCodesIsRefused() throws Exception {
        assertRefused("{\"modules\": {\n  \"tax\": [\"19\",\n    \"all\"]\n}}\n", 3, "\"all\" is mixed with region codes");
    }

    @Test
    void moduleListedTwiceIsRefused() throws Exception {
        assertRefused("{\"modules\": {\n  \"tax\": [\"19\"],\n  \"tax\": \"all\"\n}}\n", 3,
                "module 'tax' is listed twice (first on line 2)");
    }

    @Test
    void textOtherThanAllIsRefused() throws Exception {
        assertRefused("{\"modules\": {\n  \"tax\": \"19\"\n}}\n", 2, "expected \"all\" or a list of region codes");
    }

    @Test
    void unknownTopLevelFieldIsRefused() throws Exception {
        assertRefused("{\n  \"modules\": {},\n  \"regions\": []\n}\n", 3, "unknown field \"regions\"");
    }

    @Test
    void writtenPolicyReadsBackTheSame() throws Exception {
        Policy policy = new Policy(Map.of("readiness", RegionSet.of(List.of("710000000", "190000000")),
                "tax", RegionSet.ALL));
        Path target = folder.resolve("data").resolve(PolicyFile.FILE_NAME);
        PolicyFile.write(target, policy);
        Policy read = new PolicyFile(target, Set.of(), Set.of("readiness", "tax"),
                code -> REGIONS.find(code).map(Region::code).orElse(null)).read();
        assertEquals(policy, read);
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void userPolicyBeatsTheSeed() throws Exception {
        Path home = Files.createDirectories(folder.resolve("home/conf"));
        Path data = Files.createDirectories(folder.resolve("data"));
        assertEquals(home.resolve(PolicyFile.FILE_NAME), PolicyFile.effective(home.getParent(), data));
        Files.writeString(data.resolve(PolicyFile.FILE_NAME), "{\"modules\": {}}");
        assertEquals(data.resolve(PolicyFile.FILE_NAME), PolicyFile.effective(home.getParent(), data));
    }
}
