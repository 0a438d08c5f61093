package kz.aimaq.platform.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A whiteboard service bound by reference and fetched on first use. Binding a service object
 * activates its component at once; a contribution that is heavy to activate (the registry
 * seeds its database) or that uses the collecting service itself (the workbench listens to
 * jobs) must not be activated just because it is collected.
 */
public final class LazyService<T> {

    private final BundleContext context;
    private final ServiceReference<T> reference;
    private T service;

    public LazyService(BundleContext context, ServiceReference<T> reference) {
        this.context = context;
        this.reference = reference;
    }

    /** The service object, fetched the first time; null if it has gone meanwhile. */
    public synchronized T get() {
        if (service == null) {
            service = context.getService(reference);
        }
        return service;
    }

    public synchronized void release() {
        if (service != null) {
            service = null;
            context.ungetService(reference);
        }
    }

    public ServiceReference<T> reference() {
        return reference;
    }

    @Override
    public String toString() {
        return "service " + reference.getProperty("service.id") + " of bundle " + reference.getBundle();
    }
}
