package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What the module manager needs from a jar's manifest.
 *
 * @param file         the jar
 * @param symbolicName Bundle-SymbolicName without directives
 * @param version      Bundle-Version, {@code 0.0.0} if absent
 * @param module       the {@value #MODULE_HEADER} header, or empty when the jar is no module
 * @param fragment     whether it has a Fragment-Host header (installed, never started)
 */
public record JarInfo(Path file, String symbolicName, String version, String module, boolean fragment) {

    /** Manifest header by which a vendor jar in {@code deploy/} declares the module it forms. */
    public static final String MODULE_HEADER = "Aimaq-Module";

    /**
     * Reads the manifest.
     *
     * @throws IOException with a message saying what to fix when the file is no readable jar or no bundle
     */
    public static JarInfo read(Path file) throws IOException {
        Manifest manifest;
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            throw new IOException("not a readable jar (" + e.getMessage() + "); replace it with a complete bundle jar", e);
        }
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String symbolicName = main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new IOException("not an OSGi bundle: META-INF/MANIFEST.MF has no Bundle-SymbolicName");
        }
        String version = main.getValue("Bundle-Version");
        String module = main.getValue(MODULE_HEADER);
        return new JarInfo(file, symbolicName.split(";")[0].trim(), version == null ? "0.0.0" : version.trim(),
                module == null ? "" : module.trim(), main.getValue("Fragment-Host") != null);
    }

    public boolean isModule() {
        return !module.isEmpty();
    }
}
