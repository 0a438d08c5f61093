package kz.aimaq.workbench.internal.window;

import static kz.aimaq.workbench.internal.window.Harness.labelView;
import static kz.aimaq.workbench.internal.window.Harness.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.internal.model.ViewDescriptor;

/** A view waits a while for its perspective before it goes home; a clock the test moves. */
class StrayViewsTest {

    private final AtomicLong now = new AtomicLong(5_000);
    private final StrayViews stray = new StrayViews(now::get);
    private final List<Integer> rechecks = new ArrayList<>();
    private final ViewDescriptor home = view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1, () -> labelView(""));
    private final ViewDescriptor rates = view("rates", "Rates", "tax", Stacks.MAIN, 1, () -> labelView(""));

    @Test
    void aViewWhosePerspectiveIsThereIsPlacedAtOnce() {
        assertEquals(List.of(home, rates), placeable(Set.of(Perspectives.HOME, "tax")));
        assertEquals(List.of(), rechecks);
    }

    @Test
    void aViewWithoutItsPerspectiveWaitsAndIsPlacedWhenItArrives() {
        assertEquals(List.of(home), placeable(Set.of(Perspectives.HOME)));
        assertEquals(List.of(StrayViews.GRACE_MILLIS), rechecks, "asks to look again when the grace ends");

        now.addAndGet(300);
        assertEquals(List.of(home, rates), placeable(Set.of(Perspectives.HOME, "tax")));
    }

    @Test
    void aViewWhosePerspectiveNeverComesGoesHomeAfterTheGrace() {
        placeable(Set.of(Perspectives.HOME));
        now.addAndGet(StrayViews.GRACE_MILLIS - 1);
        assertEquals(List.of(home), placeable(Set.of(Perspectives.HOME)));
        assertEquals(1, rechecks.get(1), "one millisecond left");

        now.addAndGet(1);
        assertEquals(List.of(home, rates), placeable(Set.of(Perspectives.HOME)));
    }

    @Test
    void aViewWhosePerspectiveLeavesWaitsAgain() {
        placeable(Set.of(Perspectives.HOME, "tax"));
        now.addAndGet(10_000);
        assertEquals(List.of(home), placeable(Set.of(Perspectives.HOME)), "a fresh grace, not the old first sighting");
    }

    private List<ViewDescriptor> placeable(Set<String> perspectives) {
        return stray.placeable(List.of(home, rates), perspectives, rechecks::add);
    }
}
