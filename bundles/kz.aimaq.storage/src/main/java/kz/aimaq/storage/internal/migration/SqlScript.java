package kz.aimaq.storage.internal.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at {@code ;} outside quotes, comments and
 * PostgreSQL {@code $$} bodies, remembering the line each statement starts on for messages.
 */
final class SqlScript {

    /** One statement and the 1-based line of the script it starts on. */
    record Statement(int line, String sql) {
    }

    private SqlScript() {
    }

    static List<Statement> split(String script) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(script, i, end);
                i = end;
                continue;
            }
            if (c == ';') {
                add(statements, current, startLine);
                startLine = -1;
                i++;
                continue;
            }
            int end = i + 1;
            if (c == '\'' || c == '"') {
                end = closing(script, i + 1, String.valueOf(c));
            } else if (c == '$' && i + 1 < n && script.charAt(i + 1) == '$') {
                end = closing(script, i + 2, "$$");
            }
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            current.append(script, i, end);
            line += count(script, i, end);
            i = end;
        }
        add(statements, current, startLine);
        return statements;
    }

    private static int closing(String script, int from, String quote) {
        int end = script.indexOf(quote, from);
        return end < 0 ? script.length() : end + quote.length();
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static void add(List<Statement> statements, StringBuilder current, int startLine) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(new Statement(startLine, sql));
        }
        current.setLength(0);
    }
}
