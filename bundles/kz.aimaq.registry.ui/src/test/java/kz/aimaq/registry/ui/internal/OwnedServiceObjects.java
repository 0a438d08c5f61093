package kz.aimaq.registry.ui.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * A service object the test owns, handed over as the framework hands it to a component: fetched
 * when first used. Counts the fetches, so a test can check that nothing was fetched too early.
 */
final class OwnedServiceObjects<T> implements ComponentServiceObjects<T> {

    private final T service;
    final AtomicInteger fetches = new AtomicInteger();

    OwnedServiceObjects(T service) {
        this.service = service;
    }

    @Override
    public T getService() {
        fetches.incrementAndGet();
        return service;
    }

    @Override
    public void ungetService(T released) {
        // nothing to release: the test owns the service
    }

    @Override
    public ServiceReference<T> getServiceReference() {
        throw new UnsupportedOperationException("not registered in a framework");
    }
}
