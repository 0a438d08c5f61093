package kz.aimaq.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A module's feature as the distribution ships it (features/ of the reactor), for a test's home. */
final class ShippedFeature {

    static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private ShippedFeature() {
    }

    /** Writes features/{@code module}.json into the home and copies every bundle it names into bundles/. */
    static TestHome copy(TestHome home, String module) {
        try {
            String text = Files.readString(AimaqOptions.REACTOR.resolve("features").resolve(module + ".json"))
                    .replace("${project.version}", AimaqOptions.VERSION);
            for (JsonNode bundle : JSON.readTree(text).path("bundles")) {
                String artifactId = bundle.path("id").asText().split(":")[1];
                home.bundle("bundles/" + artifactId, artifactId);
            }
            return home.file("features/" + module + ".json", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
