package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.internal.Text;

/**
 * Reads and writes the region policy file, {@code {"modules": {"<module>": "all" | [codes]}}}.
 * Reading streams the tokens so that every refusal names the line of the offending entry.
 */
public final class PolicyFile {

    public static final String FILE_NAME = "region-policy.json";

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private final Path file;
    private final Set<String> coreModules;
    private final Set<String> optionalModules;
    private final Function<String, String> regionCode;

    /**
     * @param file            the file to read
     * @param coreModules     modules that must not be listed
     * @param optionalModules the modules installed that may be listed; others are kept as not installed
     * @param regionCode      the 9-digit code of a 2- or 9-digit region code, or null if unknown
     */
    public PolicyFile(Path file, Set<String> coreModules, Set<String> optionalModules,
            Function<String, String> regionCode) {
        this.file = file;
        this.coreModules = coreModules;
        this.optionalModules = optionalModules;
        this.regionCode = regionCode;
    }

    /** {@code <data>/region-policy.json} once written, else the seed {@code <home>/conf/region-policy.json}. */
    public static Path effective(Path home, Path data) {
        Path own = data.resolve(FILE_NAME);
        return Files.exists(own) ? own : home.resolve("conf").resolve(FILE_NAME);
    }

    /** Reads the policy; a missing file is an empty policy (no optional module enabled). */
    public Policy read() throws IOException, PolicyException {
        if (!Files.exists(file)) {
            return Policy.EMPTY;
        }
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refuse(parser, "policyFile.notObject");
            }
            Policy policy = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!"modules".equals(field)) {
                    throw refuse(parser, "policyFile.unknownField", field);
                }
                if (policy != null) {
                    throw refuse(parser, "policyFile.modulesTwice");
                }
                parser.nextToken();
                policy = modules(parser);
            }
            if (parser.nextToken() != null) {
                throw refuse(parser, "policyFile.trailing");
            }
            if (policy == null) {
                throw new PolicyFileException(file, 1, new Text("policyFile.modulesMissing"));
            }
            return policy;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // what the JSON parser says is quoted as it says it
            throw new PolicyFileException(file, at == null ? 0 : at.getLineNr(),
                    new Text("policyFile.notJson", e.getOriginalMessage()));
        }
    }

    private Policy modules(JsonParser parser) throws IOException, PolicyException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw refuse(parser, "policyFile.modulesNotObject");
        }
        Map<String, RegionSet> modules = new LinkedHashMap<>();
        Map<String, String> notInstalled = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String module = parser.currentName();
            int line = line(parser);
            if (coreModules.contains(module)) {
                throw refuse(parser, "policyFile.core", module);
            }
            if (!optionalModules.contains(module)) {
                // an add-on whose jar left deploy/, or a misspelt name: the rest of the policy still holds
                notInstalled.put(module, file + ":" + line);
            }
            Integer first = lines.putIfAbsent(module, line);
            if (first != null) {
                throw refuse(parser, "policyFile.moduleTwice", module, first);
            }
            parser.nextToken();
            modules.put(module, regions(parser, module));
        }
        return new Policy(modules, notInstalled);
    }

    private RegionSet regions(JsonParser parser, String module) throws IOException, PolicyException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            if ("all".equals(parser.getText())) {
                return RegionSet.ALL;
            }
            throw refuse(parser, "policyFile.notAll", module, parser.getText());
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw refuse(parser, "policyFile.notAllOrList", module);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw refuse(parser, "policyFile.codeNotString", module);
            }
            String given = parser.getText();
            if ("all".equals(given)) {
                throw refuse(parser, "policyFile.allMixed", module);
            }
            String code = regionCode.apply(given);
            if (code == null) {
                throw refuse(parser, "policyFile.unknownRegion", module, given);
            }
            Integer first = codes.putIfAbsent(code, line(parser));
            if (first != null) {
                throw refuse(parser, "policyFile.regionTwice", module, code, first);
            }
        }
        return RegionSet.of(codes.keySet());
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private PolicyException refuse(JsonParser parser, String key, Object... arguments) {
        return new PolicyFileException(file, line(parser), new Text(key, arguments));
    }

    /** Writes {@code policy} to {@code target} atomically: a reader sees the old or the new file, never half. */
    public static void write(Path target, Policy policy) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                json.writeObjectFieldStart("modules");
                for (Map.Entry<String, RegionSet> module : policy.modules().entrySet()) {
                    if (module.getValue().all()) {
                        json.writeStringField(module.getKey(), "all");
                    } else {
                        json.writeArrayFieldStart(module.getKey());
                        for (String code : module.getValue().codes()) {
                            json.writeString(code);
                        }
                        json.writeEndArray();
                    }
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
