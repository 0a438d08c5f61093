package kz.aimaq.workbench.internal.model;

/**
 * Gets and releases the service object of a contribution. Acquiring may activate the
 * contributor's component, so it can be slow or throw; the shell calls it off the UI thread.
 */
public interface ServiceSource<T> {

    T acquire() throws Exception;

    void release(T service);
}
