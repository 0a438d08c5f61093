package kz.aimaq.workbench.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes {@link WorkbenchState} as JSON in one file per user. */
public final class StateStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ShellLog log;

    public StateStore(Path file, ShellLog log) {
        this.file = file;
        this.log = log;
    }

    /** {@code <data>/users/<user>/workbench.json}, with the user name made safe for a file name. */
    public static Path fileFor(Path dataFolder, String user) {
        String safe = user == null || user.isBlank() ? "default" : user.replaceAll("[^A-Za-z0-9._-]", "_");
        return dataFolder.resolve("users").resolve(safe).resolve("workbench.json");
    }

    public Path file() {
        return file;
    }

    /** The saved state, or the defaults when there is none or it cannot be read (logged). */
    public WorkbenchState read() {
        if (!Files.isRegularFile(file)) {
            return WorkbenchState.defaults();
        }
        try {
            WorkbenchState state = JSON.readValue(file.toFile(), WorkbenchState.class);
            return state == null ? WorkbenchState.defaults() : state;
        } catch (IOException | RuntimeException e) {
            log.warn("ignoring unreadable window state " + file + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "); using defaults; the file is rewritten on exit");
            return WorkbenchState.defaults();
        }
    }

    /** Writes through a temporary file so a crash never leaves half a file behind. */
    public void write(WorkbenchState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), state);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.error("cannot save window state to " + file, e);
        }
    }
}
