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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads Feature JSON files. Only the parts Aimaq uses are interpreted: {@code id},
 * {@code name}, {@code description}, {@code bundles} and the mandatory
 * {@value Feature#MODULE_EXTENSION} extension; {@code //} comments are allowed as the
 * specification says.
 */
public final class FeatureReader {

    private static final JsonFactory JSON = JsonFactory.builder().enable(
            JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

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
        JsonValue root = parse(file);
        if (!root.isObject()) {
            throw new FeatureException(file, root.line(), "", "a feature must be a JSON object");
        }
        String id = text(file, root, "id", "id");
        List<FeatureBundle> bundles = new ArrayList<>();
        List<JsonValue> bundleNodes = root.get("bundles").elements();
        if (bundleNodes == null) {
            throw new FeatureException(file, root.get("bundles").line(), "bundles", "must be an array of bundle entries");
        }
        for (int i = 0; i < bundleNodes.size(); i++) {
            bundles.add(bundle(file, bundleNodes.get(i), "bundles[" + i + "]"));
        }
        JsonValue module = root.get("extensions").get(Feature.MODULE_EXTENSION);
        String field = "extensions." + Feature.MODULE_EXTENSION;
        if (!module.isObject()) {
            throw new FeatureException(file, module.line(), field, "missing: every Aimaq feature names its module here");
        }
        if (!"mandatory".equals(module.get("kind").text("mandatory"))) {
            throw new FeatureException(file, module.get("kind").line(), field + ".kind", "must be 'mandatory'");
        }
        JsonValue json = module.get("json");
        String moduleName = text(file, json, "module", field + ".json.module");
        if (!moduleName.matches("[a-z][a-z0-9.-]*")) {
            throw new FeatureException(file, json.get("module").line(), field + ".json.module",
                    "'" + moduleName + "' is not a module name (lower-case letters, digits, '.', '-')");
        }
        String kind = text(file, json, "kind", field + ".json.kind");
        if (!kind.equals("core") && !kind.equals("optional")) {
            throw new FeatureException(file, json.get("kind").line(), field + ".json.kind",
                    "must be 'core' or 'optional', not '" + kind + "'");
        }
        return new Feature(file, id, root.get("name").text(moduleName), root.get("description").text(""),
                moduleName, kind.equals("core"), bundles);
    }

    private static JsonValue parse(Path file) throws IOException, FeatureException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                throw new FeatureException(file, 1, "", "a feature must be a JSON object, and the file is empty");
            }
            JsonValue root = JsonValue.read(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new FeatureException(file, parser.currentTokenLocation().getLineNr(), "",
                        "not valid JSON: more after the feature object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FeatureException(file, at == null ? 0 : at.getLineNr(), "", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static FeatureBundle bundle(Path file, JsonValue node, String field) throws FeatureException {
        String coordinates = text(file, node, "id", field + ".id");
        String[] parts = coordinates.split(":");
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new FeatureException(file, node.get("id").line(), field + ".id",
                    "'" + coordinates + "' is not group:artifact:version");
        }
        return new FeatureBundle(parts[0], parts[1], parts[2], Boolean.TRUE.equals(node.get("kz.aimaq.ui").value()));
    }

    private static String text(Path file, JsonValue node, String name, String field) throws FeatureException {
        JsonValue value = node.get(name);
        String text = value.text(null);
        if (text == null || text.isBlank()) {
            throw new FeatureException(file, value.line(), field, "missing or not text");
        }
        return text;
    }
}
