package kz.aimaq.launcher;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * Waits for the framework to stop, and does not let an add-on whose start never returned (a
 * vendor's activation that ignores interrupts) keep it from stopping, with the window still
 * open. Felix stops the bundles one by one on its start-level thread and can be held up there
 * in two ways:
 * <ul>
 * <li>waiting for the lock of a bundle that the stuck thread holds: after {@value #STUCK_MILLIS} ms
 * that thread is interrupted, and Felix gives up stopping that bundle and stops the others;</li>
 * <li>in SCR, waiting for the stuck bundle's components to finish being enabled: SCR gives up
 * after {@value #SCR_STOP_TIMEOUT_MILLIS} ms ({@link #SCR_STOP_TIMEOUT}, set by the launcher;
 * SCR's default is a minute). Not interrupted: SCR would pass the interrupt on to the next bundle's stop.</li>
 * </ul>
 * Either way the bundles caught starting or stopping are named on the console and in the log.
 */
final class StopWatch {

    private static final Logger LOG = Logger.getLogger(StopWatch.class.getName());

    /** Framework property: how long SCR waits, when a bundle stops, for its components still being enabled. */
    static final String SCR_STOP_TIMEOUT = "ds.stop.timeout.milliseconds";
    static final long SCR_STOP_TIMEOUT_MILLIS = 5_000;

    /** How long a stop may wait for a bundle before the bundle is named (and Felix's own wait interrupted). */
    static final long STUCK_MILLIS = 3_000;

    private static final long POLL_MILLIS = 200;
    private static final Set<String> FELIX_STOP_THREADS = Set.of("FelixShutdown", "FelixStartLevel");

    private enum Hold {
        NONE, BUNDLE_LOCK, SCR_ENABLING
    }

    private StopWatch() {
    }

    /**
     * @return whether the framework stopped within {@code timeoutMillis}
     */
    static boolean awaitStop(Framework framework, long timeoutMillis, Consumer<String> console)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long heldSince = 0;
        boolean named = false;
        while (System.currentTimeMillis() < deadline) {
            FrameworkEvent event = framework.waitForStop(POLL_MILLIS);
            if (event.getType() != FrameworkEvent.WAIT_TIMEDOUT) {
                return true;
            }
            Map.Entry<Thread, Hold> held = heldUp();
            if (held == null) {
                heldSince = 0;
                named = false;
            } else if (heldSince == 0) {
                heldSince = System.currentTimeMillis();
            } else if (!named && System.currentTimeMillis() - heldSince >= STUCK_MILLIS) {
                String stuck = unfinishedBundles(framework);
                String message = "aimaq: " + (stuck.isEmpty() ? "a bundle" : stuck) + " did not finish starting"
                        + " and holds up the exit; exiting without it";
                LOG.warning(message);
                console.accept(message);
                named = true;
                if (held.getValue() == Hold.BUNDLE_LOCK) {
                    held.getKey().interrupt();
                    heldSince = 0;
                    named = false;
                }
            }
        }
        return false;
    }

    /** Felix's stopping thread while it waits for a bundle's lock or for SCR; else {@code null}. */
    private static Map.Entry<Thread, Hold> heldUp() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (!FELIX_STOP_THREADS.contains(thread.getKey().getName())) {
                continue;
            }
            StackTraceElement[] frames = thread.getValue();
            if (Arrays.stream(frames).anyMatch(f -> f.getMethodName().equals("acquireBundleLock"))) {
                return Map.entry(thread.getKey(), Hold.BUNDLE_LOCK);
            }
            if (Arrays.stream(frames).anyMatch(f -> f.getClassName().endsWith("Activator$ScrExtension")
                    && f.getMethodName().equals("destroy")) && frames.length > 0
                    && frames[0].getClassName().startsWith("jdk.internal.misc.Unsafe")) {
                return Map.entry(thread.getKey(), Hold.SCR_ENABLING);
            }
        }
        return null;
    }

    /** The bundles caught starting or stopping, by name and location (an add-on's is its jar's checked copy). */
    private static String unfinishedBundles(Framework framework) {
        StringBuilder names = new StringBuilder();
        try {
            for (Bundle bundle : framework.getBundleContext().getBundles()) {
                if ((bundle.getState() & (Bundle.STARTING | Bundle.STOPPING)) != 0 && bundle.getBundleId() != 0) {
                    names.append(names.length() == 0 ? "" : ", ").append(bundle.getSymbolicName()).append(" (")
                            .append(bundle.getLocation()).append(')');
                }
            }
        } catch (IllegalStateException e) {
            // the framework's context is gone already: nothing left to name
        }
        return names.toString();
    }
}
