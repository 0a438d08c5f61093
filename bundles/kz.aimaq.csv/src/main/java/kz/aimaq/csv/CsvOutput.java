package kz.aimaq.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

/**
 * Writes CSV in a {@link CsvConvention}: UTF-8 with a byte-order mark (so Excel reads Kazakh
 * letters), CRLF line ends, a field quoted only where it holds the separator, a quote or a line
 * break. {@link #close()} flushes; the caller closes the stream it gave.
 */
public final class CsvOutput implements AutoCloseable {

    private final CsvConvention convention;
    private final Writer text;
    private final CsvWriter csv;

    private CsvOutput(CsvConvention convention, Writer text) {
        this.convention = convention;
        this.text = text;
        this.csv = CsvWriter.builder().fieldSeparator(convention.separator()).quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED).lineDelimiter(LineDelimiter.CRLF).build(text);
    }

    /** Starts a file: writes the byte-order mark. */
    public static CsvOutput open(OutputStream out, CsvConvention convention) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        return new CsvOutput(convention, text);
    }

    public CsvConvention convention() {
        return convention;
    }

    /** Writes one record; a null field is written empty. */
    public CsvOutput row(List<String> fields) {
        csv.writeRecord(fields.stream().map(f -> f == null ? "" : f).toList());
        return this;
    }

    /** Writes one record; a null field is written empty. */
    public CsvOutput row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /** Flushes everything written to the stream, which stays open. */
    @Override
    public void close() throws IOException {
        csv.flush();
        text.flush();
    }
}
