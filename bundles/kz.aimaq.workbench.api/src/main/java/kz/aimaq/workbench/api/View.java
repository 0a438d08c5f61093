package kz.aimaq.workbench.api;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view: a plain object that builds its content into a parent the shell gives it.
 * Register it as a service with {@link ViewRegistration}. All methods are called on the
 * UI thread. A view that throws is replaced by an error placeholder; the shell stays up.
 */
@ConsumerType
public interface View {

    /** Builds the content into {@code parent} (which has a {@code FillLayout}). */
    void createContent(Composite parent, ViewSite site);

    /** Gives focus to the view's main control. */
    default void setFocus() {
    }

    /** Releases what the view created that its widgets do not (images, fonts, listeners). */
    default void dispose() {
    }
}
