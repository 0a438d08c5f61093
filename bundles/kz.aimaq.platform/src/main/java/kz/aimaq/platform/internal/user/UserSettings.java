package kz.aimaq.platform.internal.user;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The files behind the user context: {@code conf/user.json} and the per-user {@code settings.json}. */
public final class UserSettings {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What {@code conf/user.json} says; blank values where it says nothing.
     *
     * @param user   the user name, blank for the operating-system user
     * @param roles  the roles
     * @param region the region code as written
     * @param locale the language tag as written
     */
    public record Conf(String user, Set<String> roles, String region, String locale) {

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
        JsonNode root = readObject(file);
        Set<String> roles = new LinkedHashSet<>();
        root.path("roles").forEach(role -> roles.add(role.asText().trim()));
        roles.remove("");
        return new Conf(root.path("user").asText("").trim(), roles, root.path("region").asText("").trim(),
                root.path("locale").asText("").trim());
    }

    /** The locale saved in a user's {@code settings.json}, if any. */
    public static Optional<String> savedLocale(Path settings) throws IOException {
        if (!Files.exists(settings)) {
            return Optional.empty();
        }
        String tag = readObject(settings).path("locale").asText("").trim();
        return tag.isEmpty() ? Optional.empty() : Optional.of(tag);
    }

    /** Sets the locale in {@code settings.json}, keeping its other settings; the file is replaced atomically. */
    public static void saveLocale(Path settings, String tag) throws IOException {
        ObjectNode root = Files.exists(settings) ? (ObjectNode) readObject(settings) : JSON.createObjectNode();
        root.put("locale", tag);
        Files.createDirectories(settings.getParent());
        Path temp = Files.createTempFile(settings.getParent(), "settings", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                JSON.writeValue(out, root);
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

    private static JsonNode readObject(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(file + ":" + (at == null ? 0 : at.getLineNr()) + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ":1: must be a JSON object");
        }
        return root;
    }
}
