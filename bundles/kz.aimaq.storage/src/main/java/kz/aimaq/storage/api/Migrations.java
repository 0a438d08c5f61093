package kz.aimaq.storage.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/** Finds an owner's {@code V<n>__<name>.sql} scripts in a folder of a bundle or class path. */
public final class Migrations {

    private Migrations() {
    }

    /** The scripts in {@code folder} of a bundle (e.g. {@code db/registry}), in version order. */
    public static List<Migration> fromBundle(Bundle bundle, String folder) {
        List<Migration> migrations = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*__*.sql", false);
        for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = url.getPath();
            migrations.add(Migration.of(path.substring(path.lastIndexOf('/') + 1), read(url)));
        }
        return sorted(migrations);
    }

    /**
     * The scripts in {@code folder} on a plain class path (a directory or a jar), in version
     * order: for tests and tools running without a framework.
     */
    public static List<Migration> fromClassLoader(ClassLoader loader, String folder) {
        URL root = loader.getResource(folder);
        if (root == null) {
            throw new IllegalArgumentException("no folder '" + folder + "' on the class path");
        }
        List<Migration> migrations = new ArrayList<>();
        try {
            if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        String file = name.substring(name.lastIndexOf('/') + 1);
                        if (name.equals(folder + "/" + file) && Migration.isMigrationFile(file)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                migrations.add(Migration.of(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                            }
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        String name = file.getFileName().toString();
                        if (Migration.isMigrationFile(name)) {
                            migrations.add(Migration.of(name, Files.readString(file, StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations in " + root, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot list " + root, e);
        }
        return sorted(migrations);
    }

    private static List<Migration> sorted(List<Migration> migrations) {
        migrations.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return List.copyOf(migrations);
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + url, e);
        }
    }
}
