package kz.aimaq.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A distribution folder for one test class, made before the framework starts: features/,
 * bundles/, conf/, deploy/, as the launcher expects them.
 */
final class TestHome {

    final Path home;
    final Path data;

    private TestHome(Path root) throws IOException {
        home = Files.createDirectories(root.resolve("home"));
        data = Files.createDirectories(root.resolve("data"));
        for (String folder : new String[] {"features", "bundles", "conf", "deploy"}) {
            Files.createDirectories(home.resolve(folder));
        }
        // The roles the installation grants the local user; a test narrows them with --roles (aimaq.roles).
        Files.writeString(home.resolve("conf/user.json"), """
                {"roles": ["analyst", "national-admin"], "scope": "000000000", "region": "710000000"}
                """);
        // The certificate of the test key the example add-on is signed with: deploy/ installs what it signed.
        Files.createDirectories(home.resolve("conf/vendor-trust"));
        try (var certificate = TestHome.class.getResourceAsStream("/keys/aimaq-test-vendor.crt")) {
            Files.copy(certificate, home.resolve("conf/vendor-trust/aimaq-test-vendor.crt"));
        }
    }

    /** The example add-on, the hello view bundle, as the optional module 'example'. */
    static final String HELLO = "com.example.aimaq.hello";

    /** A home whose optional module 'example' (the hello view bundle) the policy enables in one region. */
    static TestHome withExampleModule(String name, String region) {
        return create(name).bundle("bundles/examples/" + HELLO, HELLO).optionalFeature("example", HELLO)
                .file("conf/region-policy.json", Policies.enabled("example", region));
    }

    static TestHome create(String name) {
        try {
            Path root = Path.of("target", "homes", name).toAbsolutePath();
            if (Files.exists(root)) {
                try (var files = Files.walk(root)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return new TestHome(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestHome file(String relative, String content) {
        try {
            Path file = home.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file in the data folder, e.g. a user's saved window state. */
    TestHome dataFile(String relative, String content) {
        try {
            Path file = data.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a reactor bundle into bundles/ under the name a feature's bundle id gives it. */
    TestHome bundle(String folder, String artifactId) {
        try {
            Files.copy(AimaqOptions.jar(folder, artifactId), home.resolve("bundles").resolve(artifactId + "-"
                    + AimaqOptions.VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An optional module's feature with one bundle of ours. */
    TestHome optionalFeature(String module, String artifactId) {
        return file("features/" + module + ".json", """
                {"feature-resource-version": "1.0", "id": "kz.aimaq:%1$s:osgifeature:%3$s",
                 "bundles": [{"id": "kz.aimaq:%2$s:%3$s"}],
                 "extensions": {"kz.aimaq.module": {"type": "json", "kind": "mandatory",
                   "json": {"module": "%1$s", "kind": "optional"}}}}
                """.formatted(module, artifactId, AimaqOptions.VERSION));
    }
}
