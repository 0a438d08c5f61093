package kz.aimaq.platform.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * The audit entries a view shows, as a CSV file in the house convention of the user's language
 * (kz.aimaq.csv), with each entry's sequence number and hash so that a copy can be checked
 * against the log later.
 */
final class AuditCsv {

    /** Column codes, and the message keys of their labels. */
    static final List<String> CODES = List.of("sequence", "when", "user", "action", "outcome", "target", "before",
            "after", "hash");
    private static final List<String> LABELS = List.of("audit.seq", "audit.when", "audit.who", "audit.action",
            "audit.outcome", "audit.target", "audit.before", "audit.after", "audit.hash");

    private AuditCsv() {
    }

    /** Writes the file whole or not at all: a temporary file is moved over the target once complete. */
    static void write(List<AuditEntry> entries, Path file, Messages messages) throws IOException {
        CsvConvention convention = CsvConvention.of(messages.locale());
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".audit", ".csv");
        try {
            try (OutputStream stream = Files.newOutputStream(temp);
                    CsvOutput out = CsvOutput.open(stream, convention)) {
                List<String> header = new ArrayList<>();
                for (int i = 0; i < CODES.size(); i++) {
                    header.add(convention.header(messages.get(LABELS.get(i)), CODES.get(i)));
                }
                out.row(header);
                for (AuditEntry e : entries) {
                    out.row(Long.toString(e.sequence()), e.when().toString(), e.user(), e.action(), e.outcome().name(),
                            e.target(), e.before(), e.after(), e.hash());
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
