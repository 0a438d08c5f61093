package kz.aimaq.workbench.internal.window;

import static kz.aimaq.workbench.internal.window.Harness.labelView;
import static kz.aimaq.workbench.internal.window.Harness.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.internal.model.ViewDescriptor;

/** A view waits for its perspective only while that perspective is on its way. */
class StrayViewsTest {

    private static final Predicate<String> NOTHING_COMING = id -> false;

    private final ViewDescriptor home = view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1, () -> labelView(""));
    private final ViewDescriptor rates = view("rates", "Rates", "tax", Stacks.MAIN, 1, () -> labelView(""));

    @Test
    void aViewWhosePerspectiveIsShownIsPlaced() {
        assertEquals(List.of(home, rates), placeable(Set.of(Perspectives.HOME, "tax"), Set.of(), NOTHING_COMING));
    }

    @Test
    void aViewWhosePerspectiveIsOnItsWayWaits() {
        assertEquals(List.of(home), placeable(Set.of(Perspectives.HOME), Set.of(), "tax"::equals));
    }

    @Test
    void aViewWhosePerspectiveNobodyProvidesGoesHomeAtOnce() {
        assertEquals(List.of(home, rates), placeable(Set.of(Perspectives.HOME), Set.of(), NOTHING_COMING));
    }

    @Test
    void aViewWhosePerspectiveIsRegisteredButNotForThisUserGoesHomeAtOnce() {
        assertEquals(List.of(home, rates), placeable(Set.of(Perspectives.HOME), Set.of("tax"), "tax"::equals),
                "a registered perspective is not on its way: it is there, hidden from this user");
    }

    @Test
    void onlyTheViewsOfAPerspectiveOnItsWayWait() {
        ViewDescriptor trust = view("trust", "Trust", "admin", Stacks.MAIN, 2, () -> labelView(""));
        assertEquals(List.of(home, trust), StrayViews.placeable(List.of(home, rates, trust), Set.of(Perspectives.HOME),
                Set.of(), "tax"::equals));
    }

    private List<ViewDescriptor> placeable(Set<String> shown, Set<String> registered, Predicate<String> coming) {
        return StrayViews.placeable(List.of(home, rates), shown, registered, coming);
    }
}
