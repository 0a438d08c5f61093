package kz.aimaq.platform.internal.log;

import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.admin.LoggerAdmin;

/**
 * Forwards OSGi log entries to {@code java.util.logging} logger {@code aimaq.<bundle>}, where
 * the launcher's handler writes them to its log file.
 */
@Component(immediate = true, service = {})
public final class LogBridge {

    private final LogReaderService reader;
    private final LogListener listener = LogBridge::forward;

    @Activate
    public LogBridge(@Reference LogReaderService reader, @Reference LoggerAdmin admin) {
        this.reader = reader;
        // OSGi Log 1.4 drops everything below WARN unless told otherwise; the log file keeps INFO.
        admin.getLoggerContext(null).setLogLevels(Map.of(org.osgi.service.log.Logger.ROOT_LOGGER_NAME, LogLevel.INFO));
        reader.addLogListener(listener);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(listener);
    }

    static void forward(LogEntry entry) {
        Bundle bundle = entry.getBundle();
        String name = "aimaq." + (bundle == null || bundle.getSymbolicName() == null ? "framework"
                : bundle.getSymbolicName());
        java.util.logging.Logger target = java.util.logging.Logger.getLogger(name);
        Level level = level(entry.getLogLevel());
        // Felix Log reports every framework event (each service registration) at INFO: debug detail, not news.
        if (level == Level.INFO && entry.getLoggerName().startsWith("Events.")) {
            level = Level.FINE;
        }
        if (!target.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, "[" + entry.getLoggerName() + "] " + entry.getMessage());
        record.setLoggerName(name);
        record.setInstant(Instant.ofEpochMilli(entry.getTime()));
        record.setThrown(entry.getException());
        record.setSourceClassName(entry.getLoggerName());
        target.log(record);
    }

    static Level level(LogLevel level) {
        return switch (level) {
            case AUDIT, ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            case DEBUG -> Level.FINE;
            case TRACE -> Level.FINER;
        };
    }
}
