package kz.aimaq.platform.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import kz.aimaq.platform.api.AuditEntry;

/**
 * The audit entries a view shows, as a CSV file (RFC 4180, UTF-8 with a byte-order mark so
 * that spreadsheet programs read Kazakh letters right), with each entry's sequence number
 * and hash so that a copy can be checked against the log later.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("sequence", "when", "user", "action", "outcome", "target", "before",
            "after", "hash");

    private AuditCsv() {
    }

    /** Writes the file whole or not at all: a temporary file is moved over the target once complete. */
    static void write(List<AuditEntry> entries, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".audit", ".csv");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                line(out, HEADER);
                for (AuditEntry e : entries) {
                    line(out, List.of(Long.toString(e.sequence()), e.when().toString(), e.user(), e.action(),
                            e.outcome().name(), e.target(), e.before(), e.after(), e.hash()));
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }
}
