package kz.aimaq.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails a bundle's build when a user-visible string is missing in Kazakh, Russian or English.
 * Call from a unit test in the bundle's module; paths are relative to the module folder.
 */
public final class LocalisationAssert {

    private static final Path L10N = Path.of("src/main/resources/OSGI-INF/l10n");
    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern KAZAKH_LETTER = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    private LocalisationAssert() {
    }

    /**
     * Checks that {@code bundle.properties} (English), {@code bundle_kk.properties} and
     * {@code bundle_ru.properties} define the same keys, none empty, that every {@code "%key"}
     * in the sources exists, and that the Kazakh file really uses Kazakh letters.
     */
    public static void assertEveryKeyInEveryLanguage() throws IOException {
        Properties en = load("bundle.properties");
        Properties kk = load("bundle_kk.properties");
        Properties ru = load("bundle_ru.properties");
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>();
        for (Properties p : List.of(en, kk, ru)) {
            all.addAll(p.stringPropertyNames());
        }
        for (String key : all) {
            check(problems, "en", en, key);
            check(problems, "kk", kk, key);
            check(problems, "ru", ru, key);
        }
        for (String key : referencedKeys()) {
            if (!all.contains(key)) {
                problems.add("key '" + key + "' is used in the sources but defined in no language");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertTrue(kk.values().stream().anyMatch(v -> KAZAKH_LETTER.matcher(v.toString()).find()),
                "bundle_kk.properties has no Kazakh-specific letter: is it really Kazakh?");
    }

    private static void check(List<String> problems, String language, Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            problems.add("key '" + key + "' has no " + language + " text");
        }
    }

    private static Properties load(String name) throws IOException {
        Path file = L10N.resolve(name);
        assertTrue(Files.exists(file), "missing " + file.toAbsolutePath());
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> referencedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Path sources = Path.of("src/main/java");
        if (!Files.isDirectory(sources)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = PERCENT_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
