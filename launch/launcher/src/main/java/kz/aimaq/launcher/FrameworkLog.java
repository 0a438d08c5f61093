package kz.aimaq.launcher;

import java.util.logging.Level;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Where Felix itself logs (framework property {@code felix.log.logger}): into the process log,
 * not onto the console, where its stack traces reached users.
 */
final class FrameworkLog extends org.apache.felix.framework.Logger {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.apache.felix.framework");

    /** Felix's levels: 1 error, 2 warning, 3 info, 4 debug. */
    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference reference, int level,
            String message, Throwable thrown) {
        Level jul = switch (level) {
            case LOG_ERROR -> Level.SEVERE;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.FINE;
        };
        LOG.log(jul, (bundle == null ? "" : bundle.getSymbolicName() + ": ") + message, thrown);
    }
}
