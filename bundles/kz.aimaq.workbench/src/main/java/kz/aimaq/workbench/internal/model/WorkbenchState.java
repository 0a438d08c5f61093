package kz.aimaq.workbench.internal.model;

import java.util.Map;
import java.util.Set;

/**
 * What the workbench remembers per user between runs.
 *
 * @param x, y, width, height  the window bounds when not maximized; width 0 means "not set"
 * @param perspective   the perspective shown last
 * @param closedViews   ids of views the user closed (so they do not reopen by themselves)
 * @param selectedTabs  the selected view id per stack, keyed {@code perspective/stack}
 */
public record WorkbenchState(int x, int y, int width, int height, boolean maximized, String perspective,
        Set<String> closedViews, Map<String, String> selectedTabs) {

    public WorkbenchState {
        closedViews = closedViews == null ? Set.of() : Set.copyOf(closedViews);
        selectedTabs = selectedTabs == null ? Map.of() : Map.copyOf(selectedTabs);
    }

    /** No remembered state: default size, home perspective, every view open. */
    public static WorkbenchState defaults() {
        return new WorkbenchState(0, 0, 0, 0, false, null, Set.of(), Map.of());
    }

    public boolean hasBounds() {
        return width > 0 && height > 0;
    }
}
