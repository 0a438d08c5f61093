package kz.aimaq.platform.feature;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Marker service the workbench registers once its window has shown the first page: built, and
 * painted, though its data may still be coming. With {@link LaunchProperties#BEHIND_WINDOW} the
 * launcher and the module manager start what that page does not need only then, so that the
 * window has the machine to itself until it is there (on two cores, the other starts took a
 * tenth of its time).
 */
public interface WindowShown {

    /**
     * How long they wait at most: a window that cannot show its page (its module broken, a machine
     * far slower than any measured) must not keep the other modules from starting.
     */
    long WAIT_LIMIT_MILLIS = 5_000;

    /**
     * Waits until the window has shown its first page, at most {@link #WAIT_LIMIT_MILLIS}.
     *
     * @return whether it has; {@code false} after the limit or when interrupted (the framework stopping)
     */
    static boolean await(BundleContext context) {
        // by name, for every class space: the launcher has a copy of this class of its own
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, WindowShown.class.getName(), null);
        tracker.open(true);
        try {
            return tracker.waitForService(WAIT_LIMIT_MILLIS) != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            tracker.close();
        }
    }
}
