package kz.aimaq.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.internal.Text;

class JarSignaturesTest {

    @TempDir
    Path folder;

    private Path signed;
    private List<X509Certificate> trust;

    @BeforeEach
    void signAJar() throws Exception {
        Path plain = TestJars.jar(folder.resolve("plain.jar"), Map.of("com/example/A.class", "code of A",
                "com/example/B.class", "code of B", "META-INF/services/x.Y", "com.example.A"));
        signed = TestJars.sign(plain, folder.resolve("signed.jar"), "aimaq-test-vendor.p12", "test-vendor");
        trust = List.of(TestJars.trusted());
    }

    @Test
    void aJarSignedByATrustedCertificateIsAccepted() {
        assertEquals(Optional.empty(), JarSignatures.refusal(signed, trust).map(Text::english));
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        Path plain = TestJars.jar(folder.resolve("unsigned.jar"), Map.of("com/example/A.class", "code"));
        assertEquals(Optional.of("unsigned: the jar carries no signature"), JarSignatures.refusal(plain, trust).map(Text::english));
        assertEquals("қол қойылмаған: jar файлында қолтаңба жоқ", JarSignatures.refusal(plain, trust).orElseThrow()
                .in(Text.KAZAKH), "told to a Kazakh administrator in Kazakh");
        assertEquals("не подписан: у jar нет подписи", JarSignatures.refusal(plain, trust).orElseThrow().in(Text.RUSSIAN));
    }

    @Test
    void aJarSignedByAnotherKeyIsRefused() throws Exception {
        Path plain = TestJars.jar(folder.resolve("p.jar"), Map.of("com/example/A.class", "code"));
        Path stranger = TestJars.sign(plain, folder.resolve("stranger.jar"), "stranger.p12", "stranger");
        String refusal = JarSignatures.refusal(stranger, trust).map(Text::english).orElseThrow();
        assertTrue(refusal.startsWith("signed by 'CN=Unknown vendor (test key)"), refusal);
        assertTrue(refusal.endsWith("which is not in the trust store (conf/vendor-trust)"), refusal);
        assertEquals(Optional.empty(), JarSignatures.refusal(signed, trust).map(Text::english), "the trusted one still passes");
        assertTrue(JarSignatures.refusal(signed, List.of()).map(Text::english).orElseThrow().contains("not in the trust store"));
    }

    @Test
    void aChangedClassIsTampering() throws Exception {
        Path tampered = TestJars.rewrite(signed, folder.resolve("tampered.jar"), (name, bytes) -> name
                .equals("com/example/B.class") ? "evil code".getBytes(StandardCharsets.UTF_8) : bytes, Map.of());
        String refusal = JarSignatures.refusal(tampered, trust).map(Text::english).orElseThrow();
        assertTrue(refusal.startsWith("tampered: the entry com/example/B.class no longer matches its signature"),
                refusal);
    }

    @Test
    void aClassAddedAfterSigningIsRefused() throws Exception {
        Path added = TestJars.rewrite(signed, folder.resolve("added.jar"), (name, bytes) -> bytes,
                Map.of("com/example/Evil.class", "evil"));
        assertEquals(Optional.of("the entry com/example/Evil.class is not signed (added after signing)"),
                JarSignatures.refusal(added, trust).map(Text::english));
    }

    @Test
    void aSignedClassRemovedIsRefused() throws Exception {
        Path removed = TestJars.rewrite(signed, folder.resolve("removed.jar"),
                (name, bytes) -> name.equals("com/example/A.class") ? null : bytes, Map.of());
        assertEquals(Optional.of("tampered: the signed entry com/example/A.class was removed"),
                JarSignatures.refusal(removed, trust).map(Text::english));
    }

    @Test
    void notAJarIsRefusedWithoutAStackTrace() throws Exception {
        Path text = Files.writeString(folder.resolve("text.jar"), "not a zip");
        assertTrue(JarSignatures.refusal(text, trust).map(Text::english).orElseThrow().startsWith("not a readable jar"));
    }

    @Test
    void theTrustFolderReadsPemAndNamesABrokenFile() throws Exception {
        Path home = folder.resolve("home");
        Path trustFolder = Files.createDirectories(home.resolve(TrustFolder.FOLDER));
        try (var in = getClass().getResourceAsStream("/keys/aimaq-test-vendor.crt")) {
            Files.copy(in, trustFolder.resolve("vendor.crt"));
        }
        Files.writeString(trustFolder.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nxx\n");
        List<String> problems = new java.util.ArrayList<>();
        List<TrustFolder.Entry> entries = new TrustFolder(home).read(problems::add);
        assertEquals(List.of(TestJars.trusted()), entries.stream().map(TrustFolder.Entry::certificate).toList());
        assertTrue(problems.get(0).contains("broken.pem: not an X.509 certificate"), problems.toString());
        assertEquals(64, entries.get(0).describe().sha256().length());
    }
}
