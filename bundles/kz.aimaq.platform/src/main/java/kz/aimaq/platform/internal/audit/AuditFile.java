package kz.aimaq.platform.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.aimaq.platform.api.AuditEntry;

/**
 * An append-only JSON-lines file, one entry per line:
 * {@code {"when":"2026-11-23T10:00:00Z","user":"...","action":"...","target":"...","before":"...","after":"..."}}.
 * Lines are only ever added; an existing line is never rewritten.
 */
public final class AuditFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Consumer<String> warnings;

    /** @param warnings told of lines that cannot be read (e.g. cut short by a crash), with file and line */
    public AuditFile(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    public Path file() {
        return file;
    }

    /** Appends one line in one write, so a reader never sees half an entry from a running writer. */
    public synchronized void append(AuditEntry entry) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("when", entry.when().toString());
        line.put("user", entry.user());
        line.put("action", entry.action());
        line.put("target", entry.target());
        line.put("before", entry.before());
        line.put("after", entry.after());
        try {
            // A line cut short by a crash stays as it is; the new entry starts on a line of its own.
            String separator = endsInsideLine() ? "\n" : "";
            byte[] bytes = (separator + JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean endsInsideLine() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    /** Every readable entry, oldest first. */
    public synchronized List<AuditEntry> entries() {
        List<AuditEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    parse(line, number, entries);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private void parse(String line, int number, List<AuditEntry> entries) {
        try {
            JsonNode node = JSON.readTree(line);
            entries.add(new AuditEntry(Instant.parse(node.path("when").asText()), node.path("user").asText(""),
                    node.path("action").asText(""), node.path("target").asText(""), node.path("before").asText(""),
                    node.path("after").asText("")));
        } catch (JsonProcessingException | DateTimeParseException e) {
            warnings.accept(file + ":" + number + ": not an audit entry, skipped: " + e.getMessage());
        }
    }
}
