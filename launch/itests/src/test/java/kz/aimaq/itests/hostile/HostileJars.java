package kz.aimaq.itests.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import jdk.security.jarsigner.JarSigner;

/**
 * Builds the hostile add-on jars from the compiled classes of this package, signed with the
 * test keys in {@code keys/} or not at all. Runs outside the framework, before it starts.
 */
public final class HostileJars {

    private static final String PASSWORD = "aimaq-test";

    private HostileJars() {
    }

    /** A bundle jar of one class of this package, with the headers given and its DS descriptor if any. */
    public static Path bundle(Path file, String className, Map<String, String> headers, String component)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String classFile = HostileJars.class.getPackageName().replace('.', '/') + "/" + className + ".class";
        try (InputStream in = HostileJars.class.getResourceAsStream("/" + classFile)) {
            entries.put(classFile, in.readAllBytes());
        }
        if (component != null) {
            main.putValue("Service-Component", "OSGI-INF/component.xml");
            entries.put("OSGI-INF/component.xml", component.getBytes(StandardCharsets.UTF_8));
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
        return file;
    }

    /** Signs {@code jar} in place with a key of {@code keys/} ({@code aimaq-test-vendor.p12} is the trusted one). */
    public static Path sign(Path jar, String keystore, String alias) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = HostileJars.class.getResourceAsStream("/keys/" + keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        JarSigner signer = new JarSigner.Builder((PrivateKey) keys.getKey(alias, PASSWORD.toCharArray()),
                CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(keys.getCertificateChain(alias))))
                .build();
        Path unsigned = Files.move(jar, jar.resolveSibling(jar.getFileName() + ".unsigned"));
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(jar)) {
            signer.sign(in, out);
        }
        Files.delete(unsigned);
        return jar;
    }

    /** Replaces one entry's bytes after signing, as a vendor's jar altered on its way would be. */
    public static Path tamper(Path jar, String entryName, byte[] content) throws IOException {
        Path original = Files.move(jar, jar.resolveSibling(jar.getFileName() + ".orig"));
        try (ZipFile in = new ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(
                Files.newOutputStream(jar))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(entryName) ? content : in.getInputStream(entry).readAllBytes());
            }
        }
        Files.delete(original);
        return jar;
    }
}
