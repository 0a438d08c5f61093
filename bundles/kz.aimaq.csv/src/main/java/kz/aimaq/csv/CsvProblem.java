package kz.aimaq.csv;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is wrong with a CSV file, and where: the reader reports these, and a module adds its
 * own file name and turns them into its own problem type.
 *
 * @param line      1-based line, 0 for the file as a whole
 * @param field     the column concerned, or {@code "-"} for the whole line
 * @param kind      what is wrong
 * @param arguments the details the message names, as text
 */
public record CsvProblem(int line, String field, Kind kind, List<String> arguments) {

    /** The kinds of problem, each with a message in kk, ru and en. */
    public enum Kind {
        /** The file is UTF-16, as Excel's "Unicode text" saves it. */
        UTF16("csv.utf16"),
        /** A line is not UTF-8; arguments: how many more such lines, the last of them (may be absent). */
        NOT_UTF8("csv.notUtf8"),
        /** Nothing but blank lines. */
        EMPTY("csv.empty"),
        /** A quoted field is not closed before the end of the file. */
        UNCLOSED_QUOTE("csv.unclosedQuote"),
        /** Text after the closing quote of a field. */
        TEXT_AFTER_QUOTE("csv.textAfterQuote"),
        /** A record has another number of fields than the header; arguments: found, expected, separator. */
        FIELD_COUNT("csv.fieldCount"),
        /**
         * The file stops inside a character: the bytes of its last letter are incomplete, as when a
         * copy or download was cut off.
         *
         * @since 1.1
         */
        CUT_MID_CHARACTER("csv.cutMidCharacter");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    static final String MESSAGES = "kz.aimaq.csv.messages";

    public CsvProblem {
        arguments = List.copyOf(arguments);
    }

    /**
     * The problem said in a language of the workbench. The texts live in
     * {@code kz/aimaq/csv/messages*.properties}, not in {@code OSGI-INF/l10n}, so that on the
     * flat class path of a module's unit tests they do not collide with the module's own.
     */
    public String message(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale, CsvProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = kind == Kind.NOT_UTF8 && !arguments.isEmpty() ? "csv.notUtf8.more" : kind.key;
        return new MessageFormat(messages.getString(key), locale).format(arguments.toArray());
    }
}
