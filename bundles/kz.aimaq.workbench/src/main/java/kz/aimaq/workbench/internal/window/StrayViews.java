package kz.aimaq.workbench.internal.window;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

import kz.aimaq.workbench.internal.model.ViewDescriptor;

/**
 * Views whose perspective is not there go to the home perspective, but only once they have waited
 * {@value #GRACE_MILLIS} ms for it. A bundle registers its views and its perspective one after
 * the other, and the window may reconcile in between: a view put on home then was built there for
 * nothing, and the readiness comparison, built so at every start, scored every okrug. UI thread only.
 */
final class StrayViews {

    static final int GRACE_MILLIS = 1000;

    private final LongSupplier clockMillis;
    /** When each view without its perspective was first seen so. */
    private final Map<String, Long> waitingSince = new HashMap<>();

    StrayViews(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /**
     * The views that may be placed now: those whose perspective is among {@code perspectives},
     * and those that have waited long enough for theirs. Tells {@code recheckIn} in how many
     * milliseconds the next waiting view may be placed, if one is waiting.
     */
    List<ViewDescriptor> placeable(List<ViewDescriptor> views, Set<String> perspectives, IntConsumer recheckIn) {
        long now = clockMillis.getAsLong();
        List<ViewDescriptor> placeable = new ArrayList<>(views.size());
        Set<String> stray = new HashSet<>();
        long soonest = Long.MAX_VALUE;
        for (ViewDescriptor view : views) {
            if (perspectives.contains(view.perspective())) {
                placeable.add(view);
                continue;
            }
            stray.add(view.id());
            long left = GRACE_MILLIS - (now - waitingSince.computeIfAbsent(view.id(), id -> now));
            if (left <= 0) {
                placeable.add(view);
            } else {
                soonest = Math.min(soonest, left);
            }
        }
        waitingSince.keySet().retainAll(stray);
        if (soonest != Long.MAX_VALUE) {
            recheckIn.accept((int) soonest);
        }
        return placeable;
    }
}
