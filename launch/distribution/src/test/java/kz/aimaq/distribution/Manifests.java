package kz.aimaq.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** What the tests read from the manifests of the distribution's bundles. */
final class Manifests {

    private Manifests() {
    }

    static String symbolicName(Path jar) throws IOException {
        String name = manifest(jar).getMainAttributes().getValue("Bundle-SymbolicName");
        return name == null ? "" : name.split(";")[0].strip();
    }

    /** The package names of a package header (Export-Package, Import-Package), without their attributes. */
    static Set<String> packages(Path jar, String header) throws IOException {
        String value = manifest(jar).getMainAttributes().getValue(header);
        Set<String> packages = new TreeSet<>();
        if (value == null) {
            return packages;
        }
        boolean quoted = false;
        boolean inName = true;
        StringBuilder name = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                packages.add(name.toString().strip());
                name.setLength(0);
                inName = true;
            } else if (c == ';' && !quoted) {
                inName = false;
            } else if (inName) {
                name.append(c);
            }
        }
        packages.add(name.toString().strip());
        return packages;
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? new Manifest() : manifest;
        }
    }
}
