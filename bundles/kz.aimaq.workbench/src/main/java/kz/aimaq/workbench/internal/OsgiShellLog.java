package kz.aimaq.workbench.internal;

import org.osgi.service.log.Logger;

import kz.aimaq.workbench.internal.model.ShellLog;

/** The shell's log lines, written to the OSGi Log service. */
final class OsgiShellLog implements ShellLog {

    private final Logger logger;

    OsgiShellLog(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void info(String message) {
        logger.info(message);
    }

    @Override
    public void warn(String message) {
        logger.warn(message);
    }

    @Override
    public void error(String message, Throwable failure) {
        logger.error("{}", message, failure);
    }
}
