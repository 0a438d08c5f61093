package kz.aimaq.registry.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;

/** The whole country as one CSV file, made from each top-level unit's export. */
final class CountryCsv {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private CountryCsv() {
    }

    /** The header, then every current unit, as exported with Kazakh headers, without line ends or byte-order mark. */
    static List<String> lines(RegistryService registry, CsvConvention convention) throws IOException {
        List<String> all = new ArrayList<>();
        for (Unit root : registry.roots()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            registry.exportCsv(root.code(), convention, Locale.forLanguageTag("kk"), out);
            byte[] bytes = out.toByteArray();
            List<String> lines = List.of(new String(bytes, BOM.length, bytes.length - BOM.length,
                    StandardCharsets.UTF_8).split("\r\n"));
            all.addAll(all.isEmpty() ? lines : lines.subList(1, lines.size()));
        }
        return all;
    }

    /** Writes lines as an exported file is written: byte-order mark, UTF-8, CRLF. */
    static Path write(Path file, List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        for (String line : lines) {
            out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(file, out.toByteArray());
    }
}
