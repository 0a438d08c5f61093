package kz.aimaq.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Central mode's sign-in before the window or the command: each user signs in with their own
 * database login. The step itself is a {@code java.util.function.BooleanSupplier} service with
 * {@code aimaq.main=signin} (the window's dialog from the platform's UI bundle, the console's
 * from storage), run on the main thread like the window's loop; {@code false}: the user
 * cancelled or was refused, and the process ends.
 */
final class SignInStep {

    static final String MAIN_LOOP_VALUE = "signin";

    private SignInStep() {
    }

    /** Whether {@code conf/kz.aimaq.storage.cfg} of the installation says {@code mode=central}. */
    static boolean central(Path home) {
        Path file = home.resolve("conf").resolve("kz.aimaq.storage.cfg");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false; // no file or no text: embedded, and storage itself says what is wrong
        }
        return "central".equals(properties.getProperty("mode", "").strip());
    }
}
