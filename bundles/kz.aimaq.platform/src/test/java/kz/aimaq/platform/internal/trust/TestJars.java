package kz.aimaq.platform.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import jdk.security.jarsigner.JarSigner;

/** Builds, signs and tampers with jars for the tests, with the test keys in {@code keys/}. */
final class TestJars {

    static final String PASSWORD = "aimaq-test";

    private TestJars() {
    }

    static Path jar(Path file, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.test");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    static Path sign(Path unsigned, Path signed, String keystore, String alias) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestJars.class.getResourceAsStream("/keys/" + keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) keys.getKey(alias, PASSWORD.toCharArray());
        JarSigner signer = new JarSigner.Builder(key, CertificateFactory.getInstance("X.509")
                .generateCertPath(Arrays.asList(keys.getCertificateChain(alias)))).build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }

    static X509Certificate trusted() throws IOException, GeneralSecurityException {
        try (InputStream in = TestJars.class.getResourceAsStream("/keys/aimaq-test-vendor.crt")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** A copy of the jar with each entry's bytes passed through {@code change} and {@code extra} added. */
    static Path rewrite(Path jar, Path copy, BiFunction<String, byte[], byte[]> change, Map<String, String> extra)
            throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] content = change.apply(entry.getName(), in.getInputStream(entry).readAllBytes());
                if (content != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                }
            }
            for (Map.Entry<String, String> entry : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return copy;
    }
}
