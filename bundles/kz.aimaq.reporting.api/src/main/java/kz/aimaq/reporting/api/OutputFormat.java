package kz.aimaq.reporting.api;

import java.util.Locale;
import java.util.Optional;

/** The files a report is written to. */
public enum OutputFormat {
    PDF("pdf"), XLSX("xlsx"), CSV("csv"), HTML("html");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code pdf}, {@code xlsx}, {@code csv} or {@code html}, any case. */
    public static Optional<OutputFormat> of(String name) {
        for (OutputFormat format : values()) {
            if (format.extension.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
