package kz.aimaq.platform.feature;

import java.nio.file.Path;

/** A feature file that cannot be used; the message names the file, line and field. */
public class FeatureException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeatureException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    }
}
