package kz.aimaq.platform.internal.user;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The files behind the user context: {@code conf/user.json} and the per-user {@code settings.json}.
 * Read with Jackson's streaming parser: they are read before the window can open, and building
 * Jackson's object mapper there cost about a tenth of a second of every start.
 */
public final class UserSettings {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    /**
     * What {@code conf/user.json} says; blank values where it says nothing.
     *
     * @param user   the user name, blank for the operating-system user
     * @param roles  the roles
     * @param region the region code as written
     * @param locale the language tag as written
     * @param scope  the KATO code of the area the roles apply to as written; blank when not given
     */
    public record Conf(String user, Set<String> roles, String region, String locale, String scope) {

        public Conf {
            roles = Set.copyOf(roles);
        }
    }

    private UserSettings() {
    }

    /**
     * Reads {@code conf/user.json}.
     *
     * @throws IOException naming the file and line when it is not valid JSON or not an object
     */
    public static Conf readConf(Path file) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Set<String> roles = new LinkedHashSet<>();
        readObject(file, (name, parser) -> {
            if ("roles".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    roles.add(parser.getValueAsString("").trim());
                    parser.skipChildren();
                }
            } else {
                texts.put(name, parser.currentToken().isScalarValue() ? parser.getValueAsString("").trim() : "");
                parser.skipChildren();
            }
        });
        roles.remove("");
        return new Conf(texts.getOrDefault("user", ""), roles, texts.getOrDefault("region", ""),
                texts.getOrDefault("locale", ""), texts.getOrDefault("scope", ""));
    }

    /** The locale saved in a user's {@code settings.json}, if any. */
    public static Optional<String> savedLocale(Path settings) throws IOException {
        if (!Files.exists(settings)) {
            return Optional.empty();
        }
        String[] tag = {""};
        readObject(settings, (name, parser) -> {
            if ("locale".equals(name) && parser.currentToken().isScalarValue()) {
                tag[0] = parser.getValueAsString("").trim();
            }
            parser.skipChildren();
        });
        return tag[0].isEmpty() ? Optional.empty() : Optional.of(tag[0]);
    }

    /** Sets the locale in {@code settings.json}, keeping its other settings; the file is replaced atomically. */
    public static void saveLocale(Path settings, String tag) throws IOException {
        Files.createDirectories(settings.getParent());
        Path temp = Files.createTempFile(settings.getParent(), "settings", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                if (Files.exists(settings)) {
                    readObject(settings, (name, parser) -> {
                        if ("locale".equals(name)) {
                            parser.skipChildren();
                        } else {
                            json.writeFieldName(name);
                            json.copyCurrentStructure(parser);
                        }
                    });
                }
                json.writeStringField("locale", tag);
                json.writeEndObject();
            }
            Files.move(temp, settings, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The folder of a user's own files: the name with anything but letters, digits, '.', '-' and '_' replaced. */
    public static Path userFolder(Path data, String user) {
        String safe = user.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return data.resolve("users").resolve(safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe);
    }

    /** What to do with one member of the top-level object; the parser stands on its value. */
    private interface Member {
        void read(String name, JsonParser parser) throws IOException;
    }

    private static void readObject(Path file, Member member) throws IOException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ":1: must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                member.read(name, parser);
            }
            if (parser.nextToken() != null) {
                throw new IOException(file + ":" + parser.currentTokenLocation().getLineNr()
                        + ": not valid JSON: more after the object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(file + ":" + (at == null ? 0 : at.getLineNr()) + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
