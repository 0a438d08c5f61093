package kz.aimaq.platform.internal.modules;

import java.nio.file.Path;

import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.internal.Text;

/**
 * A region policy file refused, naming its file and line: in English as the exception's message
 * (the log, the audit), and in the administrator's language through {@link #text()}.
 */
final class PolicyFileException extends PolicyException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    PolicyFileException(Path file, int line, Text problem) {
        this(new Text("policyFile.at", file, line, problem));
    }

    private PolicyFileException(Text text) {
        super(text.english());
        this.text = text;
    }

    Text text() {
        return text;
    }
}
