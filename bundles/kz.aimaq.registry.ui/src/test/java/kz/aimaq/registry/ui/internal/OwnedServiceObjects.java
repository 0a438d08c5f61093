package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * A service object the test owns, handed over as the framework hands it to a component: fetched
 * when first used. Records the thread of each fetch, so a test can check that nothing was fetched
 * too early, or on the wrong thread.
 */
final class OwnedServiceObjects<T> implements ComponentServiceObjects<T> {

    private final T service;
    final List<String> fetchThreads = new CopyOnWriteArrayList<>();

    OwnedServiceObjects(T service) {
        this.service = service;
    }

    @Override
    public T getService() {
        fetchThreads.add(Thread.currentThread().getName());
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
