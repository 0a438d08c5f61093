package kz.aimaq.workbench.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads and writes {@link WorkbenchState} as JSON in one file per user. With Jackson's streaming
 * parser rather than its object mapper: the file is read while the window opens, and building
 * the mapper in a fresh bundle class loader cost about a tenth of a second there.
 */
public final class StateStore {

    private static final JsonFactory JSON = new JsonFactory();

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
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            return parse(parser);
        } catch (IOException | RuntimeException e) {
            log.warn("ignoring unreadable window state " + file + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "); using defaults; the file is rewritten on exit");
            return WorkbenchState.defaults();
        }
    }

    private static WorkbenchState parse(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(parser, "the window state must be a JSON object");
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        boolean maximized = false;
        String perspective = null;
        Set<String> closedViews = new LinkedHashSet<>();
        Map<String, String> selectedTabs = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "x", "y", "width", "height" -> numbers.put(field, integer(parser, value));
                case "maximized" -> maximized = value == JsonToken.VALUE_TRUE;
                case "perspective" -> perspective = value == JsonToken.VALUE_NULL ? null : text(parser, value);
                case "closedViews" -> {
                    expect(parser, value, JsonToken.START_ARRAY);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        closedViews.add(text(parser, parser.currentToken()));
                    }
                }
                case "selectedTabs" -> {
                    expect(parser, value, JsonToken.START_OBJECT);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String stack = parser.currentName();
                        selectedTabs.put(stack, text(parser, parser.nextToken()));
                    }
                }
                default -> parser.skipChildren(); // written by a later version: keep going
            }
        }
        return new WorkbenchState(numbers.getOrDefault("x", 0), numbers.getOrDefault("y", 0),
                numbers.getOrDefault("width", 0), numbers.getOrDefault("height", 0), maximized, perspective,
                closedViews, selectedTabs);
    }

    private static int integer(JsonParser parser, JsonToken token) throws IOException {
        expect(parser, token, JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
    }

    private static String text(JsonParser parser, JsonToken token) throws IOException {
        expect(parser, token, JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private static void expect(JsonParser parser, JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new JsonParseException(parser, "'" + parser.currentName() + "' must be " + wanted.name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", not " + parser.getText());
        }
    }

    /** Writes through a temporary file so a crash never leaves half a file behind. */
    public void write(WorkbenchState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (JsonGenerator json = JSON.createGenerator(temporary.toFile(), JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                json.writeNumberField("x", state.x());
                json.writeNumberField("y", state.y());
                json.writeNumberField("width", state.width());
                json.writeNumberField("height", state.height());
                json.writeBooleanField("maximized", state.maximized());
                json.writeStringField("perspective", state.perspective());
                json.writeArrayFieldStart("closedViews");
                for (String view : new TreeSet<>(state.closedViews())) {
                    json.writeString(view);
                }
                json.writeEndArray();
                json.writeObjectFieldStart("selectedTabs");
                for (Map.Entry<String, String> tab : new TreeMap<>(state.selectedTabs()).entrySet()) {
                    json.writeStringField(tab.getKey(), tab.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.error("cannot save window state to " + file, e);
        }
    }
}
