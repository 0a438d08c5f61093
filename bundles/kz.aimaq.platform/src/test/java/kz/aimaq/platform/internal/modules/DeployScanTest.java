package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.Map;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.internal.Text;

class DeployScanTest {

    @TempDir
    Path folder;

    private Path jar(String name, String... headers) throws IOException {
        return jar(name, Map.of(), headers);
    }

    private Path jar(String name, Map<String, String> entries, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (int i = 0; i < headers.length; i += 2) {
            manifest.getMainAttributes().putValue(headers[i], headers[i + 1]);
        }
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
            jar.flush();
        }
        return file;
    }

    @Test
    void seesAddedChangedAndRemovedJars() throws Exception {
        Path a = jar("a.jar", "Bundle-SymbolicName", "a");
        Path b = jar("b.jar", "Bundle-SymbolicName", "b");
        Files.writeString(folder.resolve("notes.txt"), "not a jar");
        DeployScan first = DeployScan.of(folder);
        assertEquals(Set.of(a, b), first.since(DeployScan.EMPTY).added());

        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
        Files.delete(b);
        Path c = jar("c.jar", "Bundle-SymbolicName", "c");
        DeployScan.Changes changes = DeployScan.of(folder).since(first);
        assertEquals(Set.of(c), changes.added());
        assertEquals(Set.of(a), changes.changed());
        assertEquals(Set.of(b), changes.removed());
        assertTrue(DeployScan.of(folder).since(DeployScan.of(folder)).isEmpty());
    }

    @Test
    void missingFolderHasNoJars() throws Exception {
        assertTrue(DeployScan.of(folder.resolve("none")).jars().isEmpty());
    }

    @Test
    void readsSymbolicNameModuleAndFragmentFromTheManifest() throws Exception {
        JarInfo info = JarInfo.read(jar("w.jar", "Bundle-SymbolicName", "com.example.weather;singleton:=true",
                "Bundle-Version", "1.2.0", "Aimaq-Module", "weather"));
        assertEquals("com.example.weather", info.symbolicName());
        assertEquals("1.2.0", info.version());
        assertEquals("weather", info.module());
        assertFalse(info.fragment());
        assertTrue(JarInfo.read(jar("f.jar", "Bundle-SymbolicName", "f", "Fragment-Host", "h")).fragment());
    }

    @Test
    void readsTheModuleTitleInEachLanguageFromTheJarsLocalisation() throws Exception {
        JarInfo info = JarInfo.read(jar("w.jar", Map.of(
                "OSGI-INF/l10n/bundle.properties", "module.title=Weather\n",
                "OSGI-INF/l10n/bundle_kk.properties", "module.title=Ауа райы\n",
                "OSGI-INF/l10n/bundle_ru.properties", "module.title=Погода\n"),
                "Bundle-SymbolicName", "w", "Aimaq-Module", "weather", "Aimaq-Module-Title", "%module.title"));

        assertEquals(Map.of("", "Weather", "kk", "Ауа райы", "ru", "Погода"), info.titles());
        assertEquals(Map.of("", "Weather"), JarInfo.read(jar("p.jar", "Bundle-SymbolicName", "p",
                "Aimaq-Module-Title", "Weather")).titles(), "a plain title is the default in every language");
        assertEquals(Map.of(), JarInfo.read(jar("n.jar", "Bundle-SymbolicName", "n")).titles());
    }

    @Test
    void aJarWithoutSymbolicNameIsNoBundle() throws Exception {
        Path plain = jar("plain.jar", "Main-Class", "x.Main");
        UnreadableJar e = assertThrows(UnreadableJar.class, () -> JarInfo.read(plain));
        assertTrue(e.getMessage().contains("no Bundle-SymbolicName"), e.getMessage());
        assertEquals("OSGi бандлы емес: META-INF/MANIFEST.MF ішінде Bundle-SymbolicName жоқ", e.text().in(Text.KAZAKH));
    }

    @Test
    void aCorruptJarIsNamedAsUnreadable() throws Exception {
        Path broken = Files.write(folder.resolve("broken.jar"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
        UnreadableJar e = assertThrows(UnreadableJar.class, () -> JarInfo.read(broken));
        assertTrue(e.getMessage().startsWith("not a readable jar ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); replace it with a complete bundle jar"), e.getMessage());
        // in the administrator's language, what the zip reader said quoted as it said it
        assertTrue(e.text().in(Text.RUSSIAN).startsWith("jar не читается ("), e.text().in(Text.RUSSIAN));
        assertTrue(e.text().in(Text.KAZAKH).endsWith("); оны толық бандл jar файлымен ауыстырыңыз"), e.text().in(Text.KAZAKH));
    }
}
