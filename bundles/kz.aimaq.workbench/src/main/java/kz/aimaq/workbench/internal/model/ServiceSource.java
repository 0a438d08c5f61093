package kz.aimaq.workbench.internal.model;

/**
 * Gets and releases the service object of a contribution. Acquiring may activate the
 * contributor's component, so it can be slow or throw; the shell calls it off the UI thread.
 */
public interface ServiceSource<T> {

    /** @throws Closing when the framework is stopping, which is no failure of the contributor */
    T acquire() throws Exception;

    void release(T service);

    /**
     * The framework is stopping. Asking for a service then can make the framework log an error
     * for a dependency that is already gone, so the source does not ask.
     */
    final class Closing extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        public Closing() {
            super("the workbench is closing");
        }
    }
}
