package kz.aimaq.registry.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kz.aimaq.registry.api.ImportProblem;

/**
 * Reads a UTF-8 file separated by commas or semicolons, as its header line is (RFC 4180 quoting,
 * one record per line, optional byte-order mark) strictly: a line that is not UTF-8 or not
 * well-formed CSV becomes a located problem, never a guess.
 */
final class CsvReader {

    /** A record and its 1-based line number. */
    record Row(int line, List<String> fields) {
    }

    /**
     * The header, the records and the problems found; {@code decoded} is false when some lines
     * were not UTF-8, so the records are not the whole file.
     */
    record Result(List<String> header, List<Row> rows, List<ImportProblem> problems, boolean decoded) {

        /** Each header name (trimmed) and its column index. */
        Map<String, Integer> columns() {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip(), i);
            }
            return columns;
        }
    }

    private CsvReader() {
    }

    /** Reads a file shipped in this bundle, which must have no problem: one would be a build error. */
    static Result readShipped(String file, byte[] bytes) {
        Result csv = read(file, bytes);
        if (!csv.problems().isEmpty()) {
            throw new IllegalStateException("shipped file is broken: " + csv.problems());
        }
        return csv;
    }

    static Result read(String file, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(new ImportProblem(file, 1, "-", "the file is UTF-16; save it as CSV UTF-8"));
            return new Result(header, rows, problems, false);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        List<Line> lines = lines(bytes, start);
        List<Integer> undecodable = new ArrayList<>();
        boolean headerSeen = false;
        char separator = ',';
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            Line text = lines.get(i);
            if (text == null) {
                undecodable.add(line);
                headerSeen = true;
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                separator = separatorOf(text.toString());
            } else if (header.isEmpty()) {
                // without a readable header the fields cannot be matched to columns
                continue;
            }
            Fields fields = new Fields(text.text(), header.isEmpty() ? 16 : header.size());
            String error = split(text, separator, fields);
            if (error != null) {
                problems.add(new ImportProblem(file, line, "-", "malformed CSV: " + error));
            } else if (header.isEmpty()) {
                header = List.copyOf(fields);
            } else if (fields.size() != header.size()) {
                problems.add(new ImportProblem(file, line, "-", "malformed CSV: " + fields.size()
                        + " fields where the header has " + header.size() + " (a '" + separator
                        + "' in a name must be quoted)"));
            } else {
                rows.add(new Row(line, fields));
            }
        }
        if (!undecodable.isEmpty()) {
            problems.add(0, encodingProblem(file, undecodable));
        } else if (!headerSeen) {
            problems.add(new ImportProblem(file, 0, "-", "the file is empty"));
        }
        return new Result(header, rows, problems, undecodable.isEmpty());
    }

    /**
     * One problem at the first line that is not UTF-8: a file in another encoding usually has
     * many such lines and one remedy, so the others are counted rather than listed.
     */
    private static ImportProblem encodingProblem(String file, List<Integer> lines) {
        String reason = "not UTF-8 text (another encoding such as Windows-1251?); save the file as CSV UTF-8";
        if (lines.size() > 1) {
            reason += "; " + (lines.size() - 1) + " more line(s) are not UTF-8 either, the last is line "
                    + lines.get(lines.size() - 1);
        }
        return new ImportProblem(file, lines.get(0), "-", reason);
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

    /** A line without its end: {@code text} from {@code from} to {@code to}. */
    private record Line(String text, int from, int to) {

        boolean isBlank() {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }

    /**
     * The lines; {@code null} for a line that is not UTF-8. The whole file is decoded at once
     * (the common case, and several times faster than line by line) and each line is a range of
     * it; only a file that fails is decoded again line by line to locate the bad lines.
     */
    private static List<Line> lines(byte[] bytes, int start) {
        List<Line> lines = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String all = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            int from = 0;
            while (from < all.length()) {
                int end = all.indexOf('\n', from);
                end = end < 0 ? all.length() : end;
                lines.add(new Line(all, from, end > from && all.charAt(end - 1) == '\r' ? end - 1 : end));
                from = end + 1;
            }
            return lines;
        } catch (CharacterCodingException e) {
            lines.clear();
        }
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            try {
                String text = decoder.decode(ByteBuffer.wrap(bytes, start, contentEnd - start)).toString();
                lines.add(new Line(text, 0, text.length()));
            } catch (CharacterCodingException e) {
                lines.add(null);
            }
            start = end + 1;
        }
        return lines;
    }

    /** Splits one line into {@code fields}; returns what is wrong, or {@code null}. */
    private static String split(Line line, char separator, Fields fields) {
        String text = line.text();
        int i = line.from();
        int n = line.to();
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                int from = ++i;
                while (true) {
                    if (i >= n) {
                        return "a quoted field is not closed (field " + (fields.size() + 1) + ")";
                    }
                    if (text.charAt(i++) == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            i++;
                        } else {
                            break;
                        }
                    }
                }
                if (i < n && text.charAt(i) != separator) {
                    return "text after the closing quote of field " + (fields.size() + 1);
                }
                fields.addQuoted(from, i - 1);
            } else {
                int from = i;
                while (i < n && text.charAt(i) != separator) {
                    if (text.charAt(i++) == '"') {
                        return "a quote inside unquoted field " + (fields.size() + 1) + " (quote the whole field)";
                    }
                }
                fields.add(from, i);
            }
            if (i >= n) {
                return null;
            }
            i++; // the separator
        }
    }

    /**
     * The fields of one line, each cut from the text only when it is read: a file's columns that
     * nobody reads (seven of the twelve of the shipped classifier) cost no strings.
     */
    private static final class Fields extends AbstractList<String> {

        private final String text;
        /** Start and end of each field; a quoted field's start is stored as {@code -1 - start}. */
        private int[] bounds;
        private int size;

        Fields(String text, int expected) {
            this.text = text;
            this.bounds = new int[2 * expected];
        }

        void add(int from, int to) {
            if (2 * size == bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length + 2);
            }
            bounds[2 * size] = from;
            bounds[2 * size + 1] = to;
            size++;
        }

        void addQuoted(int from, int to) {
            add(-1 - from, to);
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size);
            int from = bounds[2 * index];
            int to = bounds[2 * index + 1];
            return from >= 0 ? text.substring(from, to) : text.substring(-1 - from, to).replace("\"\"", "\"");
        }

        @Override
        public int size() {
            return size;
        }
    }
}
