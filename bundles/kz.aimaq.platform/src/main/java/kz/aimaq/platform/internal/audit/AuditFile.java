package kz.aimaq.platform.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditEntry.Outcome;

/**
 * Where audit entries wait while no database is reachable (the storage bundle moves them into
 * the database's chained log when it comes): a JSON-lines file, one entry per line:
 * {@code {"when":"2026-11-23T10:00:00Z","user":"...","action":"...","target":"...","before":"...","after":"..."}}.
 * Lines are only ever added; an existing line is never rewritten.
 */
public final class AuditFile {

    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> FIELDS = List.of("when", "user", "action", "target", "before", "after",
            "outcome");

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
        try {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject();
                json.writeStringField("when", entry.when().toString());
                json.writeStringField("user", entry.user());
                json.writeStringField("action", entry.action());
                json.writeStringField("target", entry.target());
                json.writeStringField("before", entry.before());
                json.writeStringField("after", entry.after());
                if (entry.refused()) {
                    json.writeStringField("outcome", entry.outcome().name());
                }
                json.writeEndObject();
            }
            // A line cut short by a crash stays as it is; the new entry starts on a line of its own.
            String separator = endsInsideLine() ? "\n" : "";
            byte[] bytes = (separator + line + "\n").getBytes(StandardCharsets.UTF_8);
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
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isScalarValue() && FIELDS.contains(name)) {
                    fields.put(name, parser.getValueAsString(""));
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("the line ends inside the entry");
            }
            entries.add(new AuditEntry(0, Instant.parse(fields.getOrDefault("when", "")), fields.getOrDefault("user", ""),
                    fields.getOrDefault("action", ""), fields.getOrDefault("target", ""),
                    fields.getOrDefault("before", ""), fields.getOrDefault("after", ""),
                    "REFUSED".equals(fields.get("outcome")) ? Outcome.REFUSED : Outcome.DONE, ""));
        } catch (IOException | DateTimeParseException e) {
            warnings.accept(file + ":" + number + ": not an audit entry, skipped: " + e.getMessage());
        }
    }
}
