package kz.aimaq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.feature.LaunchProperties;

class OptionsTest {

    private static final Path HOME = Path.of("/opt/aimaq");
    private static final ConsoleMessages ENGLISH = ConsoleMessages.of(Locale.ENGLISH);

    @Test
    void optionsBeforeTheCommandWordAndTheCommandAfterIt() {
        Options options = Options.parse(new String[] {"--headless", "--region", "19", "modules", "enable", "tax",
            "--region", "71"}, HOME, Map.of(), ENGLISH);
        assertTrue(options.headless());
        assertEquals("19", options.overrides().get(LaunchProperties.REGION));
        assertEquals(List.of("modules", "enable", "tax", "--region", "71"), options.command(),
                "options after the command word belong to the command");
    }

    @Test
    void dataFolderFollowsXdgDataHome() {
        Options options = Options.parse(new String[0], HOME, Map.of("XDG_DATA_HOME", "/tmp/xdg"), ENGLISH);
        assertEquals(Path.of("/tmp/xdg/aimaq"), options.data());
        assertEquals(Path.of("/srv/d").toAbsolutePath(),
                Options.parse(new String[] {"--data", "/srv/d"}, HOME, Map.of(), ENGLISH).data());
    }

    @Test
    void anOptionWithoutItsValueIsMisuse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--region"}, HOME, Map.of(), ENGLISH));
        assertTrue(e.getMessage().startsWith("--region needs a value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--frobnicate"}, HOME, Map.of(), ENGLISH));
    }

    @Test
    void aMistakeIsSaidInTheLanguageAskedForWithTheUsage() {
        ConsoleMessages russian = ConsoleMessages.of(new String[] {"--locale", "ru", "--frobnicate"}, HOME, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--locale", "ru", "--frobnicate"}, HOME, Map.of(), russian));
        assertTrue(e.getMessage().startsWith("неизвестный параметр --frobnicate\nиспользование: aimaq"), e.getMessage());
        assertTrue(e.getMessage().contains("'aimaq --headless help' перечисляет команды"), e.getMessage());
    }

    @Test
    void aDisplayIsX11OrWayland() {
        assertTrue(Options.hasDisplay(Map.of("DISPLAY", ":99")));
        assertTrue(Options.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertFalse(Options.hasDisplay(Map.of("DISPLAY", " ")));
    }
}
