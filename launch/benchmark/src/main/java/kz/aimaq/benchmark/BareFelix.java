package kz.aimaq.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The baseline: bare Felix + SCR installing and starting the given bundle jars, nothing else.
 * Prints {@code ready in N ms, peak RSS M MB} once every bundle is active.
 */
public final class BareFelix {

    private BareFelix() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Files.createTempDirectory("bare-felix");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(Map.of(Constants.FRAMEWORK_STORAGE, cache.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String jar : args) {
            bundles.add(context.installBundle(Path.of(jar).toUri().toString()));
        }
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("ready in " + millis + " ms, peak RSS " + PeakRss.megabytes() + " MB");
        framework.stop();
        framework.waitForStop(10_000);
    }
}
