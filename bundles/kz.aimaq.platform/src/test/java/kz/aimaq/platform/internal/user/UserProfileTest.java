package kz.aimaq.platform.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.internal.Text;
import kz.aimaq.platform.internal.regions.RegionTable;

class UserProfileTest {

    @TempDir
    Path folder;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> saved = new HashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();

    private void told(Text text) {
        texts.add(text);
        errors.add(text.english());
    }

    private UserProfile resolve(UserSettings.Conf conf) {
        return UserProfile.resolve(conf, "conf/user.json", properties::get, u -> Optional.ofNullable(saved.get(u)),
                "osuser", new RegionTable(), this::told);
    }

    private UserSettings.Conf conf() throws Exception {
        Path file = Files.writeString(folder.resolve("user.json"),
                "{\"user\": \"\", \"roles\": [\"analyst\", \"admin\"], \"region\": \"710000000\", \"locale\": \"ru\"}");
        return UserSettings.readConf(file);
    }

    @Test
    void emptyUserIsTheOperatingSystemUser() throws Exception {
        UserProfile profile = resolve(conf());
        assertEquals("osuser", profile.user());
        assertEquals(Set.of("analyst", "national-admin"), profile.roles(), "admin is read as national-admin");
        assertEquals(Scope.NATION, profile.scope());
        assertEquals("710000000", profile.region().code());
        assertEquals(Languages.RUSSIAN, profile.locale());
    }

    @Test
    void commandLineNarrowsRolesAndPicksARegionGivenAsPrefix() throws Exception {
        properties.put(LaunchProperties.ROLES, "analyst");
        properties.put(LaunchProperties.REGION, "19");
        UserProfile profile = resolve(conf());
        assertEquals(Set.of("analyst"), profile.roles());
        assertEquals("190000000", profile.region().code());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theCommandLineCannotGrantARoleNorMakeAnotherUser() throws Exception {
        properties.put(LaunchProperties.USER, "Minister.Digital");
        properties.put(LaunchProperties.ROLES, "national-admin,analyst");
        UserProfile profile = resolve(new UserSettings.Conf("", Set.of("analyst"), "350000000", "", ""));
        assertEquals("osuser", profile.user());
        assertEquals(Set.of("analyst"), profile.roles());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("aimaq.user=Minister.Digital (--user) is refused"), errors.get(0));
        assertTrue(errors.get(1).contains("the role 'national-admin' is not granted"), errors.get(1));
    }

    @Test
    void aScopedUserStaysInTheirScope() throws Exception {
        properties.put(LaunchProperties.REGION, "19");
        UserProfile profile = resolve(new UserSettings.Conf("", Set.of("registry-editor"), "350000000", "", "353200000"));
        assertEquals(Scope.of("353200000"), profile.scope());
        assertEquals("350000000", profile.region().code(), "a region outside the scope is not taken");
        assertTrue(errors.get(0).contains("190000000 lies outside the scope district 353200000"), errors.toString());
    }

    @Test
    void withoutAScopeAUserIsScopedToTheirRegion() throws Exception {
        UserProfile profile = resolve(new UserSettings.Conf("", Set.of("regional-admin"), "350000000", "", ""));
        assertEquals(Scope.of("350000000"), profile.scope());
    }

    @Test
    void inCentralModeTheLoginsEntryGivesRolesAndScopeAndOptionsOnlyNarrow() {
        properties.put(LaunchProperties.ROLES, "registry-editor,national-admin");
        properties.put(LaunchProperties.REGION, "71");
        UserProfile profile = UserProfile.central("aset", Optional.of(new DirectoryUser("aset",
                Set.of("registry-editor", "analyst"), Scope.of("351600000"))), properties::get, new RegionTable(),
                Languages.RUSSIAN, this::told);
        assertEquals("aset", profile.user());
        assertEquals(Set.of("registry-editor"), profile.roles());
        assertEquals(Scope.of("351600000"), profile.scope());
        assertEquals("350000000", profile.region().code());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("'national-admin' is not granted"), errors.get(0));
        assertTrue(errors.get(1).contains("no region inside the scope"), errors.get(1));
    }

    /** What is ignored is told in the user's language on the console, and in English in the log. */
    @Test
    void anIgnoredSettingIsToldInEachLanguage() {
        properties.put(LaunchProperties.LOCALE, "fr");

        resolve(new UserSettings.Conf("", Set.of("analyst"), "19", "kk", ""));

        assertEquals(List.of("aimaq.locale=fr (--locale) is not one of kk, ru, en; ignored"), errors);
        assertEquals("aimaq.locale=fr (--locale) kk, ru, en тілдерінің бірі емес; еленбейді", texts.get(0).in(Text.KAZAKH));
        assertEquals("aimaq.locale=fr (--locale) — не один из языков kk, ru, en; не учитывается",
                texts.get(0).in(Text.RUSSIAN));
    }

    @Test
    void aLoginWithoutAnEntryHasNoRole() {
        UserProfile profile = UserProfile.central("stranger", Optional.empty(), properties::get, new RegionTable(),
                Languages.KAZAKH, this::told);
        assertEquals(Set.of(), profile.roles());
        assertTrue(errors.get(0).contains("'stranger' has no entry in the users table"), errors.toString());
    }

    @Test
    void unknownRolesAndBadScopesAreNamedWithTheirField() throws Exception {
        UserProfile profile = resolve(new UserSettings.Conf("", Set.of("minister"), "350000000", "", "35323010x"));
        assertEquals(Set.of(), profile.roles());
        assertEquals(Scope.of("350000000"), profile.scope());
        assertTrue(errors.get(0).startsWith("conf/user.json: roles: 'minister' is not a role"), errors.toString());
        assertTrue(errors.get(1).startsWith("conf/user.json: scope: '35323010x' is not a scope"), errors.toString());
    }

    @Test
    void unknownRegionOverrideIsReportedAndTheFilesRegionKept() throws Exception {
        properties.put(LaunchProperties.REGION, "18");
        UserProfile profile = resolve(conf());
        assertEquals("710000000", profile.region().code());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("aimaq.region=18"), errors.get(0));
    }

    @Test
    void aRegionGivenOnTheCommandLineNeedsNoneInTheFileAndRaisesNoComplaint() throws Exception {
        properties.put(LaunchProperties.REGION, "350000000");
        UserProfile profile = resolve(new UserSettings.Conf("", Set.of(), "", "", ""));
        assertEquals("350000000", profile.region().code());
        assertEquals(List.of(), errors);
    }

    @Test
    void neitherTheFileNorTheCommandLineGivingARegionMeansTheCapitalAndSaysWhy() throws Exception {
        UserProfile profile = resolve(new UserSettings.Conf("", Set.of(), "", "", ""));
        assertEquals(UserProfile.FALLBACK_REGION, profile.region().code());
        assertEquals(List.of("conf/user.json: no \"region\" is given (e.g. 19 or 190000000); using 710000000"), errors);
    }

    @Test
    void savedLocaleBeatsTheConfAndTheCommandLineBeatsBoth() throws Exception {
        saved.put("osuser", "en");
        assertEquals(Languages.ENGLISH, resolve(conf()).locale());
        properties.put(LaunchProperties.LOCALE, "kk");
        assertEquals(Languages.KAZAKH, resolve(conf()).locale());
    }

    @Test
    void savedLocaleIsWrittenPerUserAndReadBack() throws Exception {
        Path settings = UserSettings.userFolder(folder, "DOMAIN\\dana").resolve("settings.json");
        assertEquals(folder.resolve("users").resolve("DOMAIN_dana"), settings.getParent());
        UserSettings.saveLocale(settings, "kk");
        assertEquals(Optional.of("kk"), UserSettings.savedLocale(settings));
        UserSettings.saveLocale(settings, "ru");
        assertEquals(Optional.of("ru"), UserSettings.savedLocale(settings));
    }

    @Test
    void savingTheLocaleKeepsTheUsersOtherSettings() throws Exception {
        Path settings = Files.writeString(folder.resolve("settings.json"),
                "{\"locale\": \"ru\", \"recent\": [\"350000000\", {\"code\": \"351600000\"}], \"zoom\": 1.5}");
        UserSettings.saveLocale(settings, "kk");
        assertEquals(Optional.of("kk"), UserSettings.savedLocale(settings));
        String saved = Files.readString(settings).replaceAll("\\s", "");
        assertTrue(saved.contains("\"recent\":[\"350000000\",{\"code\":\"351600000\"}]"), saved);
        assertTrue(saved.contains("\"zoom\":1.5"), saved);
    }

    @Test
    void brokenConfNamesFileAndLine() throws Exception {
        Path file = Files.writeString(folder.resolve("user.json"), "{\n  \"user\": \"a\"\n  \"roles\": []\n}");
        IOException e = assertThrows(IOException.class,
                () -> UserSettings.readConf(file));
        assertTrue(e.getMessage().startsWith(file + ":3: not valid JSON"), e.getMessage());
    }
}
