package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import kz.aimaq.platform.internal.Text;

/**
 * What the module manager needs from a jar's manifest.
 *
 * @param file         the jar
 * @param symbolicName Bundle-SymbolicName without directives
 * @param version      Bundle-Version, {@code 0.0.0} if absent
 * @param module       the {@value #MODULE_HEADER} header, or empty when the jar is no module
 * @param fragment     whether it has a Fragment-Host header (installed, never started)
 * @param titles       the module's title by language ({@code ""} for the jar's default), from the
 *                     {@value #TITLE_HEADER} header; empty when the jar gives none
 */
public record JarInfo(Path file, String symbolicName, String version, String module, boolean fragment,
        Map<String, String> titles) {

    /** Manifest header by which a vendor jar in {@code deploy/} declares the module it forms. */
    public static final String MODULE_HEADER = "Aimaq-Module";

    /**
     * Manifest header with the module's human title; {@code %key} takes it from the jar's
     * localisation files (OSGi's {@code Bundle-Localization}, UTF-8 like ours) in each language.
     */
    public static final String TITLE_HEADER = "Aimaq-Module-Title";

    private static final String[] LANGUAGES = {"", "kk", "ru", "en"};

    public JarInfo {
        titles = Map.copyOf(titles);
    }

    /**
     * Reads the manifest.
     *
     * @throws IOException with a message saying what to fix when the file is no readable jar or no bundle
     */
    public static JarInfo read(Path file) throws IOException {
        Manifest manifest;
        Map<String, String> titles;
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
            titles = manifest == null ? Map.of() : titles(jar, manifest.getMainAttributes());
        } catch (IOException e) {
            // what the zip reader says is quoted as it says it
            throw new UnreadableJar(new Text("jar.unreadable", new Text("signature.unreadable", e.getMessage())), e);
        }
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String symbolicName = main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new UnreadableJar(new Text("jar.notBundle"), null);
        }
        String version = main.getValue("Bundle-Version");
        String module = main.getValue(MODULE_HEADER);
        return new JarInfo(file, symbolicName.split(";")[0].trim(), version == null ? "0.0.0" : version.trim(),
                module == null ? "" : module.trim(), main.getValue("Fragment-Host") != null, titles);
    }

    private static Map<String, String> titles(JarFile jar, Attributes main) throws IOException {
        String header = main.getValue(TITLE_HEADER);
        if (header == null || header.isBlank()) {
            return Map.of();
        }
        if (!header.startsWith("%")) {
            return Map.of("", header.trim());
        }
        String key = header.substring(1).trim();
        String localization = main.getValue("Bundle-Localization");
        String base = localization == null ? "OSGI-INF/l10n/bundle" : localization.trim();
        Map<String, String> titles = new HashMap<>();
        for (String language : LANGUAGES) {
            ZipEntry entry = jar.getEntry(base + (language.isEmpty() ? "" : "_" + language) + ".properties");
            if (entry == null) {
                continue;
            }
            Properties properties = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String title = properties.getProperty(key);
            if (title != null && !title.isBlank()) {
                titles.put(language, title.trim());
            }
        }
        return titles;
    }

    public boolean isModule() {
        return !module.isEmpty();
    }
}
