package kz.aimaq.reporting.ui.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.reporting.api.ReportCatalog;

/**
 * Where Home's figures shown last are kept. Activated as the reporting views start, it reads the
 * user's file at once, on the starting thread, while the window is still being built: Home, built
 * on the UI thread, then finds it read (8-14 ms off the UI thread, docs/benchmarks.md).
 */
@Component(service = KeptHomeFigures.class, immediate = true)
public final class KeptHomeFigures {

    /** Null without a data folder (tests): nothing is kept. */
    private final Path folder;
    /** The snapshot read at activation, until Home takes it. */
    private HomeSnapshot ahead;

    @Activate
    public KeptHomeFigures(BundleContext context, @Reference UserContext user, @Reference ReportCatalog catalog) {
        this(context.getProperty(LaunchProperties.DATA) == null ? null
                : Path.of(context.getProperty(LaunchProperties.DATA)).resolve("cache"));
        readAhead(user.user(), String.valueOf(catalog.scope()), user.locale());
    }

    KeptHomeFigures(Path folder) {
        this.folder = folder;
    }

    /** Reads the user's kept figures now, for Home to take. */
    synchronized void readAhead(String user, String scope, Locale locale) {
        if (folder != null) {
            ahead = new HomeSnapshot(folder, user, scope, locale);
            ahead.readAhead();
        }
    }

    /** The user's kept figures for the scope and language: the one read ahead if it is that one; null: none kept. */
    synchronized HomeSnapshot snapshot(String user, String scope, Locale locale) {
        if (folder == null) {
            return null;
        }
        HomeSnapshot wanted = new HomeSnapshot(folder, user, scope, locale);
        if (ahead != null && ahead.file().equals(wanted.file())) {
            wanted = ahead;
        }
        ahead = null;
        return wanted;
    }
}
