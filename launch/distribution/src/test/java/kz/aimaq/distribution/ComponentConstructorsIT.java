package kz.aimaq.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every component built for constructor injection has exactly one public constructor with as many
 * arguments as its descriptor's {@code init}: SCR takes the first public one of that count, in an
 * order the JVM does not fix, so a second one (a test's, say) makes the component fail at some
 * starts and not at others (the readiness data set did: "Constructor argument 0 ... has unsupported
 * type Methodology").
 */
class ComponentConstructorsIT {

    private static final Pattern INIT = Pattern.compile("<scr:component[^>]*\\binit=\"(\\d+)\"");
    private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation class=\"([^\"]+)\"");

    @Test
    void eachConstructorInjectedComponentHasOnePublicConstructorOfItsArity() throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String folder : List.of("bundles", "deploy", "lib")) {
            try (Stream<Path> files = Files.list(Distribution.HOME.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".jar")).forEach(jars::add);
            }
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        List<String> ambiguous = new ArrayList<>();
        int checked = 0;
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            for (Path jar : jars) {
                for (String[] component : constructorInjected(jar)) {
                    int arity = Integer.parseInt(component[1]);
                    Class<?> type = Class.forName(component[0], false, loader);
                    long candidates = Arrays.stream(type.getConstructors())
                            .filter(c -> Modifier.isPublic(c.getModifiers()) && c.getParameterCount() == arity).count();
                    if (candidates != 1) {
                        ambiguous.add(jar.getFileName() + ": " + type.getName() + " has " + candidates
                                + " public constructors of " + arity + " arguments: "
                                + Arrays.stream(type.getConstructors()).map(Constructor::toGenericString).toList());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "components with constructor injection found: " + checked);
        assertEquals(List.of(), ambiguous);
    }

    /** The implementation class and {@code init} of each descriptor in the jar that has one. */
    private static List<String[]> constructorInjected(Path jar) throws IOException {
        List<String[]> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.getName().startsWith("OSGI-INF/") || !entry.getName().endsWith(".xml")) {
                    continue;
                }
                String xml = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                Matcher init = INIT.matcher(xml);
                Matcher implementation = IMPLEMENTATION.matcher(xml);
                if (init.find() && implementation.find()) {
                    found.add(new String[] {implementation.group(1), init.group(1)});
                }
            }
        }
        return found;
    }
}
