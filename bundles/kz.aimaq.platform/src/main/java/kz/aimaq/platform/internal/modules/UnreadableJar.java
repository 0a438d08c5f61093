package kz.aimaq.platform.internal.modules;

import java.io.IOException;

import kz.aimaq.platform.internal.Text;

/**
 * A jar in {@code deploy/} that is no readable bundle: in English as the exception's message (the
 * log), and in the administrator's language through {@link #text()}.
 */
final class UnreadableJar extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    UnreadableJar(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    Text text() {
        return text;
    }
}
