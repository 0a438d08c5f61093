package kz.aimaq.tax.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The computation of an assessment as stored: a language-neutral list of steps, each a message
 * key and its arguments, shown in the reader's language by {@link #render}. Separated by the
 * ASCII record and unit separators, which no reference value or number contains. Text stored
 * before steps were kept (plain English) is shown as it is.
 */
final class Computation {

    static final String STRINGS = "OSGI-INF/l10n/tax-computation";
    private static final char STEP = '\u001E';
    private static final char ARGUMENT = '\u001F';

    private final List<String> steps = new ArrayList<>();

    /** Adds a step: {@code comp.<key>} in the bundle's strings, formatted with these arguments. */
    Computation step(String key, Object... arguments) {
        StringBuilder step = new StringBuilder(key);
        for (Object argument : arguments) {
            step.append(ARGUMENT).append(String.valueOf(argument).replace(STEP, ' ').replace(ARGUMENT, ' '));
        }
        steps.add(step.toString());
        return this;
    }

    /** Puts a step before the others. */
    Computation first(String key, Object... arguments) {
        step(key, arguments);
        steps.add(0, steps.remove(steps.size() - 1));
        return this;
    }

    /** The stored form. */
    String stored() {
        return String.join(String.valueOf(STEP), steps);
    }

    /** A stored computation in the locale's language. */
    static String render(String stored, Locale locale) {
        if (stored.indexOf(STEP) < 0 && stored.indexOf(ARGUMENT) < 0) {
            return stored;
        }
        ResourceBundle strings = strings(locale);
        StringBuilder text = new StringBuilder();
        for (String step : stored.split(String.valueOf(STEP))) {
            String[] parts = step.split(String.valueOf(ARGUMENT), -1);
            Object[] arguments = new Object[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                arguments[i - 1] = parts[i].startsWith("@") ? text(strings, parts[i].substring(1)) : parts[i];
            }
            text.append(new MessageFormat(text(strings, parts[0]), locale).format(arguments));
        }
        return text.toString();
    }

    /**
     * The step texts, in files of their own ({@value #STRINGS}): a name apart from the bundle's
     * {@code bundle.properties}, which other bundles' files of that name would hide on a shared class path.
     */
    static ResourceBundle strings(Locale locale) {
        return ResourceBundle.getBundle(STRINGS, locale, Computation.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle strings, String key) {
        try {
            return strings.getString("comp." + key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
