package kz.aimaq.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One log for the whole process: {@code <data>/logs/aimaq.log} (appended to), and the
 * console with {@code --verbose}. The platform bundle forwards OSGi log entries here.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void configure(Path folder, boolean verbose) throws IOException {
        Files.createDirectories(folder);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Formatter formatter = new OneLine();
        FileHandler file = new FileHandler(folder.resolve("aimaq.log").toString(), true);
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(formatter);
        root.addHandler(file);
        if (verbose) {
            Handler console = new ConsoleHandler();
            console.setEncoding(StandardCharsets.UTF_8.name());
            console.setFormatter(formatter);
            root.addHandler(console);
        }
    }

    /** {@code 2026-11-23T10:00:00.123Z INFO aimaq.kz.aimaq.platform: message}, then the stack trace if any. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160).append(record.getInstant()).append(' ')
                    .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
