package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.security.jarsigner.JarSigner;

/**
 * A signed, trusted add-on whose activation never returns and ignores interrupts
 * ({@code com.example.stuck.IgnoresInterrupts}) in a copy of the distribution: the module manager
 * abandons its start, and the window and a headless command still exit, naming the add-on, on
 * SIGTERM and at the command's end within a bounded time.
 */
class StuckAddOnIT {

    /** SIGTERM to exit: the launcher gives Felix {@code StopWatch.STUCK_MILLIS} before it goes on without the add-on. */
    private static final long EXIT_SECONDS = 30;

    @TempDir
    Path folder;

    private Path home;

    /** The distribution with its own conf/ and deploy/ (the rest linked), the stuck add-on enabled everywhere. */
    @BeforeEach
    void installationWithTheStuckAddOn() throws Exception {
        home = Distribution.installation(folder);
        Files.writeString(home.resolve("conf/region-policy.json"), "{\"modules\": {\"stuck\": \"all\"}}\n");
        signedStuckAddOn(home.resolve("deploy/stuck.jar"));
    }

    @org.junit.jupiter.api.AfterEach
    void unlinkSharedFolders() throws IOException {
        Distribution.unlink(home);
    }

    private void signedStuckAddOn(Path jar) throws Exception {
        Path unsigned = folder.resolve("stuck-unsigned.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "com.example.stuck");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Aimaq-Module", "stuck");
        main.putValue("Service-Component", "OSGI-INF/stuck.xml");
        String type = "com/example/stuck/IgnoresInterrupts.class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(unsigned), manifest);
                InputStream code = getClass().getClassLoader().getResourceAsStream(type)) {
            out.putNextEntry(new ZipEntry(type));
            code.transferTo(out);
            out.putNextEntry(new ZipEntry("OSGI-INF/stuck.xml"));
            out.write(("<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"stuck\""
                    + " immediate=\"true\" activate=\"activate\"><implementation"
                    + " class=\"com.example.stuck.IgnoresInterrupts\"/></scr:component>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("/keys/aimaq-test-vendor.p12")) {
            keys.load(in, "aimaq-test".toCharArray());
        }
        PrivateKey key = (PrivateKey) keys.getKey("test-vendor", "aimaq-test".toCharArray());
        JarSigner signer = new JarSigner.Builder(key, CertificateFactory.getInstance("X.509")
                .generateCertPath(Arrays.asList(keys.getCertificateChain("test-vendor")))).build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(jar)) {
            signer.sign(in, out);
        }
    }

    @Test
    void theWindowClosesOnSigtermAndNamesTheAddOnThatNeverStarted() throws Exception {
        Path data = folder.resolve("data");
        Path console = folder.resolve("console.txt");
        Process process = Distribution.command(home, data, Map.of(), "--region", "71").redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        try {
            WorkbenchWindowIT.awaitLog(Distribution.log(data), "workbench ready", process);
            WorkbenchWindowIT.awaitLog(Distribution.log(data), "com.example.stuck did not start within", process);
        } finally {
            long signalled = System.nanoTime();
            process.destroy();
            if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the workbench did not exit within " + EXIT_SECONDS + " s of SIGTERM with a stuck add-on; console:\n"
                        + Files.readString(console));
            }
            System.out.printf("exited %.1f s after SIGTERM%n", (System.nanoTime() - signalled) / 1e9);
        }
        String said = Files.readString(console, StandardCharsets.UTF_8);
        assertTrue(said.contains("com.example.stuck") && said.contains("did not finish starting"), said);
    }

    @Test
    void aHeadlessCommandEndsAndNamesTheAddOn() throws Exception {
        Path data = folder.resolve("data-headless");
        Files.createDirectories(data);
        Distribution.Result result = runIn(data, "--headless", "problems");
        String said = result.out() + result.err();
        assertTrue(said.contains("com.example.stuck"), said);
    }

    private Distribution.Result runIn(Path data, String... arguments) throws Exception {
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        long started = System.nanoTime();
        Process process = Distribution.command(home, data, Map.of(), arguments).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("aimaq " + String.join(" ", arguments) + " did not end within 90 s with a stuck add-on:\n"
                    + Files.readString(err));
        }
        System.out.printf("%s ended in %.1f s%n", String.join(" ", arguments), (System.nanoTime() - started) / 1e9);
        return new Distribution.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
