package kz.aimaq.reporting.api;

import java.util.Objects;

/** A paragraph of localised text. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
