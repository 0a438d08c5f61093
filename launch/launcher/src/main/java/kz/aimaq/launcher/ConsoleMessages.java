package kz.aimaq.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * What the launcher itself prints before the platform runs (usage, a command waiting for its
 * turn, start-up failures), in the user's language: {@code --locale}, else the language the
 * user last chose in the window, else the one of {@code conf/user.json}, else Kazakh, which is
 * how the platform decides too.
 */
final class ConsoleMessages {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private final ResourceBundle bundle;
    private final Locale locale;

    private ConsoleMessages(Locale locale) {
        this.locale = locale;
        // the kk and ru files are UTF-8, which PropertyResourceBundle reads since Java 9
        bundle = ResourceBundle.getBundle("kz.aimaq.launcher.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ConsoleMessages of(Locale locale) {
        return new ConsoleMessages(locale);
    }

    /**
     * @param asked  the {@code --locale} value, or null
     * @param home   the distribution, whose {@code conf/user.json} may name a language
     * @param data   the data folder, where the window saves each user's choice
     * @param osUser the operating-system user, the one local user
     */
    static ConsoleMessages of(String asked, Path home, Path data, String osUser) {
        return of(supported(asked)
                .or(() -> saved(data.resolve("users").resolve(folderName(osUser)).resolve("settings.json")))
                .or(() -> saved(home.resolve("conf").resolve("user.json")))
                .orElse(Locale.forLanguageTag("kk")));
    }

    /** The messages for a command line not parsed yet: a mistake in it is said in the user's language. */
    static ConsoleMessages of(String[] args, Path home, Map<String, String> env) {
        String data = Options.given(args, "--data");
        return of(Options.given(args, "--locale"), home, data != null ? Path.of(data) : Options.defaultData(env),
                System.getProperty("user.name", ""));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "kk", "ru", "en" -> Optional.of(Locale.forLanguageTag(language));
            default -> Optional.empty();
        };
    }

    /** The {@code locale} member of a JSON settings file; a missing or broken file says nothing here. */
    private static Optional<Locale> saved(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("locale".equals(name) && parser.currentToken().isScalarValue()) {
                    return supported(parser.getValueAsString(""));
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // the platform reports a broken file with its line; the launcher only picks a language
        }
        return Optional.empty();
    }

    /** The user's folder name under {@code <data>/users}, as the platform's user settings spell it. */
    private static String folderName(String user) {
        String safe = user.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
