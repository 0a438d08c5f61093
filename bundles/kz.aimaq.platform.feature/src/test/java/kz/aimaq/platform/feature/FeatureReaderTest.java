package kz.aimaq.platform.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureReaderTest {

    @TempDir
    Path folder;

    private Path write(String name, String json) throws Exception {
        return Files.writeString(folder.resolve(name), json);
    }

    @Test
    void readsModuleBundlesAndUiFlag() throws Exception {
        write("registry.json", """
                {
                  // comments are allowed by the specification
                  "feature-resource-version": "1.0",
                  "id": "kz.aimaq:registry:osgifeature:0.1.0",
                  "name": "District registry",
                  "bundles": [
                    {"id": "kz.aimaq:kz.aimaq.registry:0.1.0"},
                    {"id": "kz.aimaq:kz.aimaq.registry.ui:0.1.0", "kz.aimaq.ui": true}
                  ],
                  "extensions": {"kz.aimaq.module": {"type": "json", "kind": "mandatory",
                    "json": {"module": "registry", "kind": "optional"}}}
                }
                """);
        List<Feature> features = FeatureReader.readAll(folder);
        assertEquals(1, features.size());
        Feature registry = features.get(0);
        assertEquals("registry", registry.module());
        assertFalse(registry.core());
        assertEquals("kz.aimaq.registry-0.1.0.jar", registry.bundles().get(0).fileName());
        assertFalse(registry.bundles().get(0).ui());
        assertTrue(registry.bundles().get(1).ui());
    }

    @Test
    void badJsonNamesFileAndLine() throws Exception {
        Path file = write("broken.json", "{\n  \"id\": \"x\",\n  \"bundles\": [\n}\n");
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":4: not valid JSON"), e.getMessage());
    }

    @Test
    void missingModuleExtensionIsRefusedWithItsField() throws Exception {
        Path file = write("plain.json", "{\"id\": \"a:b:osgifeature:1\", \"bundles\": []}");
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.read(file));
        assertTrue(e.getMessage().contains("extensions.kz.aimaq.module: missing"), e.getMessage());
    }

    @Test
    void badBundleCoordinatesNameTheEntry() throws Exception {
        Path file = write("bad.json", """
                {"id": "a:b:osgifeature:1", "bundles": [{"id": "a:b:1"}, {"id": "only-artifact"}],
                 "extensions": {"kz.aimaq.module": {"type": "json", "kind": "mandatory",
                   "json": {"module": "bad", "kind": "core"}}}}
                """);
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.read(file));
        assertTrue(e.getMessage().contains("bundles[1].id: 'only-artifact' is not group:artifact:version"),
                e.getMessage());
    }

    @Test
    void twoFeaturesDeclaringOneModuleAreRefused() throws Exception {
        String feature = """
                {"id": "a:%s:osgifeature:1", "bundles": [],
                 "extensions": {"kz.aimaq.module": {"type": "json", "kind": "mandatory",
                   "json": {"module": "same", "kind": "optional"}}}}
                """;
        write("a.json", feature.formatted("a"));
        write("b.json", feature.formatted("b"));
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.readAll(folder));
        assertTrue(e.getMessage().contains("module 'same' is already declared by"), e.getMessage());
    }

    @Test
    void aBadValueDeepInTheFileIsReportedAtItsLine() throws Exception {
        Path file = write("kind.json", """
                {
                  "id": "a:b:osgifeature:1",
                  "bundles": [
                    {"id": "a:b:1"}
                  ],
                  "extensions": {
                    "kz.aimaq.module": {
                      "type": "json",
                      "kind": "mandatory",
                      "json": {
                        "module": "tax",
                        "kind": "sometimes"
                      }
                    }
                  }
                }
                """);
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.read(file));
        assertEquals(file + ":12: extensions.kz.aimaq.module.json.kind: must be 'core' or 'optional', not 'sometimes'",
                e.getMessage());
    }

    @Test
    void aMissingFieldIsReportedAtTheObjectThatLacksIt() throws Exception {
        Path file = write("noid.json", """
                {
                  "id": "a:b:osgifeature:1",
                  "bundles": [
                    {"id": "a:b:1"},
                    {"kz.aimaq.ui": true}
                  ]
                }
                """);
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":5: bundles[1].id: missing"), e.getMessage());
    }

    @Test
    void textAfterTheFeatureObjectIsRefused() throws Exception {
        Path file = write("twice.json", "{\"id\": \"x\"}\n{\"id\": \"y\"}\n");
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: not valid JSON"), e.getMessage());
    }
}
