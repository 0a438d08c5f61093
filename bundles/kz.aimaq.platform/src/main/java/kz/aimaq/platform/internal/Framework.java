package kz.aimaq.platform.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Small helpers shared by the platform components: launch properties and events. */
public final class Framework {

    private Framework() {
    }

    /**
     * The folder named by a framework property the launcher sets.
     *
     * @throws IllegalStateException naming the property when it is not set
     */
    public static Path folder(BundleContext context, String property) {
        String value = context.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("framework property " + property
                    + " is not set; start Aimaq with its launcher or set it in the test framework");
        }
        return Path.of(value).toAbsolutePath();
    }

    /** Posts an event asynchronously when EventAdmin is there; events are notifications, never required. */
    public static void post(EventAdmin events, String topic, Map<String, ?> properties) {
        if (events != null) {
            events.postEvent(new Event(topic, properties));
        }
    }
}
