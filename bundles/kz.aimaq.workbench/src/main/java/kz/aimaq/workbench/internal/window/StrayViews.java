package kz.aimaq.workbench.internal.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import kz.aimaq.workbench.internal.model.ViewDescriptor;

/**
 * Views whose perspective is not there go to the home perspective, unless their perspective is
 * on its way. A bundle registers its views and its perspective one after the other, and the
 * window may reconcile in between: a view put on home then was built there for nothing, and the
 * readiness comparison, built so at every start, scored every okrug. Whether a perspective is on
 * its way is asked, not waited for: the window reconciles again when it arrives, or when the
 * answer changes.
 */
final class StrayViews {

    private StrayViews() {
    }

    /**
     * The views that may be placed now: those whose perspective is among {@code shown}, those
     * whose perspective is registered but not shown to this user, and those whose perspective is
     * neither registered ({@code registered}) nor {@code coming}; they go home.
     */
    static List<ViewDescriptor> placeable(List<ViewDescriptor> views, Set<String> shown, Set<String> registered,
            Predicate<String> coming) {
        List<ViewDescriptor> placeable = new ArrayList<>(views.size());
        for (ViewDescriptor view : views) {
            String perspective = view.perspective();
            if (shown.contains(perspective) || registered.contains(perspective) || !coming.test(perspective)) {
                placeable.add(view);
            }
        }
        return placeable;
    }
}
