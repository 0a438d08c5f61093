package kz.aimaq.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * A CSV file read whole and strictly: UTF-8 (an optional byte-order mark), separated by
 * {@code ;} or {@code ,} as its header line is, RFC 4180 quoting. Nothing is guessed: a line
 * that is not UTF-8, a broken quote or a record of the wrong width becomes a {@link CsvProblem}
 * at its line, and the caller refuses the file. FastCSV parses; this class adds the encoding
 * check, the separator and the line of every problem.
 */
public final class CsvInput {

    private final char separator;
    private final List<String> header;
    private final List<CsvRow> rows;
    private final List<CsvProblem> problems;
    private final boolean decoded;
    private final Map<String, Integer> columns;

    private CsvInput(char separator, List<String> header, List<CsvRow> rows, List<CsvProblem> problems,
            boolean decoded) {
        this.separator = separator;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.decoded = decoded;
        this.columns = columnsOf(this.header);
    }

    /** Reads a whole file. */
    public static CsvInput read(byte[] bytes) {
        List<CsvProblem> problems = new ArrayList<>();
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(new CsvProblem(1, "-", CsvProblem.Kind.UTF16, List.of()));
            return new CsvInput(',', List.of(), List.of(), problems, false);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = Utf8Lines.decode(bytes, start, problems);
        boolean decoded = problems.isEmpty();
        String headerLine = firstNonBlankLine(text);
        if (headerLine == null) {
            if (decoded) {
                problems.add(new CsvProblem(0, "-", CsvProblem.Kind.EMPTY, List.of()));
            }
            return new CsvInput(',', List.of(), List.of(), problems, decoded);
        }
        char separator = separatorOf(headerLine);
        List<String> header = List.of();
        List<CsvRow> rows = new ArrayList<>();
        try {
            for (CsvRecord record : reader(text, separator)) {
                int line = (int) record.getStartingLineNumber();
                if (header.isEmpty()) {
                    header = record.getFields();
                } else if (record.getFieldCount() != header.size()) {
                    problems.add(new CsvProblem(line, "-", CsvProblem.Kind.FIELD_COUNT, List.of(
                            Integer.toString(record.getFieldCount()), Integer.toString(header.size()),
                            String.valueOf(separator))));
                } else {
                    rows.add(new CsvRow(line, record.getFields()));
                }
            }
        } catch (CsvParseException e) {
            problems.add(parseProblem(e));
        }
        return new CsvInput(separator, header, rows, problems, decoded);
    }

    /** {@code ;} or {@code ,}: the separator the header line uses. */
    public char separator() {
        return separator;
    }

    /** The header's names as written. */
    public List<String> header() {
        return header;
    }

    /** The records after the header whose width matches it. */
    public List<CsvRow> rows() {
        return rows;
    }

    /** Everything wrong with the file; empty when it can be used. */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** False when some lines were not UTF-8, so the rows are not the whole file. */
    public boolean decoded() {
        return decoded;
    }

    /**
     * The index of the column whose header is {@code code} (case and spaces ignored) or ends with
     * {@code [code]}, as {@link CsvOutput} writes headers; -1 if there is none.
     */
    public int column(String code) {
        return columns.getOrDefault(code.toLowerCase(Locale.ROOT), -1);
    }

    /** The codes among these that the file has no column for, in the order given. */
    public List<String> missing(List<String> codes) {
        return codes.stream().filter(c -> column(c) < 0).toList();
    }

    private static Map<String, Integer> columnsOf(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            int open = name.lastIndexOf('[');
            if (name.endsWith("]") && open >= 0) {
                columns.putIfAbsent(name.substring(open + 1, name.length() - 1).strip().toLowerCase(Locale.ROOT), i);
            }
            columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    @SuppressWarnings("removal") // FastCSV 4.4 has no other switch for these two strict checks yet
    private static CsvReader<CsvRecord> reader(String text, char separator) {
        return CsvReader.builder().fieldSeparator(separator).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(false).allowUnclosedQuote(false)
                .ofCsvRecord(text);
    }

    /** FastCSV says what broke in English with "(record starting at line N)"; the line is all we read from it. */
    private static CsvProblem parseProblem(CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        int line = 0;
        int at = message.lastIndexOf("line ");
        if (at >= 0) {
            int end = at + 5;
            while (end < message.length() && Character.isDigit(message.charAt(end))) {
                end++;
            }
            line = end > at + 5 ? Integer.parseInt(message.substring(at + 5, end)) : 0;
        }
        CsvProblem.Kind kind = message.contains("closing quote") ? CsvProblem.Kind.TEXT_AFTER_QUOTE
                : CsvProblem.Kind.UNCLOSED_QUOTE;
        return new CsvProblem(line, "-", kind, List.of());
    }

    private static String firstNonBlankLine(String text) {
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, end);
            if (!line.isBlank()) {
                return line;
            }
            from = end + 1;
        }
        return null;
    }

    /**
     * The separator of a file is the one its header line uses: {@code ;} as Excel writes CSV with
     * Kazakh or Russian regional settings, else {@code ,}.
     */
    private static char separatorOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Strict UTF-8 decoding that can say which lines are not UTF-8. */
    private static final class Utf8Lines {

        private Utf8Lines() {
        }

        /**
         * Whether the last line is UTF-8 but for its last one to three bytes, the start of a
         * character that never ends: a file cut off, not a file in another encoding.
         */
        static boolean endsInsideACharacter(CharsetDecoder decoder, byte[] bytes, int lastLineStart) {
            if (bytes.length == 0 || bytes[bytes.length - 1] == '\n') {
                // a line that ends properly was written whole: its bad bytes are another encoding
                return false;
            }
            for (int cut = 1; cut <= 3 && bytes.length - cut >= lastLineStart; cut++) {
                if ((bytes[bytes.length - cut] & 0xC0) == 0xC0) {
                    try {
                        decoder.decode(ByteBuffer.wrap(bytes, lastLineStart, bytes.length - cut - lastLineStart));
                        return true;
                    } catch (CharacterCodingException e) {
                        return false;
                    }
                }
            }
            return false;
        }

        /**
         * The text; when some lines are not UTF-8 they are left blank (so every other line keeps
         * its number) and one problem names the first, counting the others: a file in another
         * encoding usually has many such lines and one remedy.
         */
        static String decode(byte[] bytes, int start, List<CsvProblem> problems) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException e) {
                // located below, line by line
            }
            StringBuilder text = new StringBuilder(bytes.length);
            List<Integer> bad = new ArrayList<>();
            int line = 1;
            int lastLineStart = start;
            while (start < bytes.length) {
                lastLineStart = start;
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                try {
                    text.append(decoder.decode(ByteBuffer.wrap(bytes, start, end - start)));
                } catch (CharacterCodingException e) {
                    bad.add(line);
                }
                text.append('\n');
                start = end + 1;
                line++;
            }
            if (bad.size() == 1 && bad.get(0) == line - 1 && endsInsideACharacter(decoder, bytes, lastLineStart)) {
                problems.add(new CsvProblem(bad.get(0), "-", CsvProblem.Kind.CUT_MID_CHARACTER, List.of()));
                return text.toString();
            }
            List<String> arguments = bad.size() > 1
                    ? List.of(Integer.toString(bad.size() - 1), Integer.toString(bad.get(bad.size() - 1)))
                    : List.of();
            problems.add(new CsvProblem(bad.get(0), "-", CsvProblem.Kind.NOT_UTF8, arguments));
            return text.toString();
        }
    }
}
