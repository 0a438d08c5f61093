package kz.aimaq.platform.feature;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Feature JSON files. Only the parts Aimaq uses are interpreted: {@code id},
 * {@code name}, {@code description}, {@code bundles} and the mandatory
 * {@value Feature#MODULE_EXTENSION} extension; {@code //} comments are allowed as the
 * specification says.
 */
public final class FeatureReader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);

    private FeatureReader() {
    }

    /** Reads every {@code *.json} file of a folder, sorted by file name; module names must be unique. */
    public static List<Feature> readAll(Path folder) throws IOException, FeatureException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        List<Feature> features = new ArrayList<>();
        Map<String, Path> modules = new HashMap<>();
        for (Path file : files) {
            Feature feature = read(file);
            Path other = modules.putIfAbsent(feature.module(), file);
            if (other != null) {
                throw new FeatureException(file, 0, "extensions." + Feature.MODULE_EXTENSION + ".module",
                        "module '" + feature.module() + "' is already declared by " + other);
            }
            features.add(feature);
        }
        return features;
    }

    public static Feature read(Path file) throws IOException, FeatureException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FeatureException(file, at == null ? 0 : at.getLineNr(), "", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new FeatureException(file, 1, "", "a feature must be a JSON object");
        }
        String id = text(file, root, "id");
        List<FeatureBundle> bundles = new ArrayList<>();
        JsonNode bundleNodes = root.path("bundles");
        if (!bundleNodes.isArray()) {
            throw new FeatureException(file, 0, "bundles", "must be an array of bundle entries");
        }
        for (int i = 0; i < bundleNodes.size(); i++) {
            bundles.add(bundle(file, bundleNodes.get(i), "bundles[" + i + "]"));
        }
        JsonNode module = root.path("extensions").path(Feature.MODULE_EXTENSION);
        String field = "extensions." + Feature.MODULE_EXTENSION;
        if (!module.isObject()) {
            throw new FeatureException(file, 0, field, "missing: every Aimaq feature names its module here");
        }
        if (!"mandatory".equals(module.path("kind").asText("mandatory"))) {
            throw new FeatureException(file, 0, field + ".kind", "must be 'mandatory'");
        }
        JsonNode json = module.path("json");
        String moduleName = text(file, json, "module", field + ".json.module");
        if (!moduleName.matches("[a-z][a-z0-9.-]*")) {
            throw new FeatureException(file, 0, field + ".json.module",
                    "'" + moduleName + "' is not a module name (lower-case letters, digits, '.', '-')");
        }
        String kind = text(file, json, "kind", field + ".json.kind");
        if (!kind.equals("core") && !kind.equals("optional")) {
            throw new FeatureException(file, 0, field + ".json.kind", "must be 'core' or 'optional', not '" + kind + "'");
        }
        return new Feature(file, id, root.path("name").asText(moduleName), root.path("description").asText(""),
                moduleName, kind.equals("core"), bundles);
    }

    private static FeatureBundle bundle(Path file, JsonNode node, String field) throws FeatureException {
        String coordinates = text(file, node, "id", field + ".id");
        String[] parts = coordinates.split(":");
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new FeatureException(file, 0, field + ".id",
                    "'" + coordinates + "' is not group:artifact:version");
        }
        return new FeatureBundle(parts[0], parts[1], parts[2], node.path("kz.aimaq.ui").asBoolean(false));
    }

    private static String text(Path file, JsonNode node, String name) throws FeatureException {
        return text(file, node, name, name);
    }

    private static String text(Path file, JsonNode node, String name, String field) throws FeatureException {
        JsonNode value = node.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new FeatureException(file, 0, field, "missing or not text");
        }
        return value.asText();
    }
}
