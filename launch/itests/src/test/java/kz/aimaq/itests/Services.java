package kz.aimaq.itests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Service look-ups the tests assert on. */
final class Services {

    private Services() {
    }

    /** Whether the bundle with this symbolic name has registered a service of this type. */
    static boolean registeredBy(BundleContext context, Class<?> type, String symbolicName) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(type.getName(), null);
            if (refs != null) {
                for (ServiceReference<?> ref : refs) {
                    if (ref.getBundle() != null && symbolicName.equals(ref.getBundle().getSymbolicName())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
