package kz.aimaq.readiness.ui.internal;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.PerspectiveRegistration;

/**
 * The AI readiness perspective: scorecard on the left, ranking in the middle, comparison below.
 * The left stack is wider than the workbench's default, so that the scorecard's numbers up to
 * the points lost are in view beside the indicator names without scrolling sideways.
 */
@Component(service = Perspective.class)
@PerspectiveRegistration(id = ReadinessPerspective.ID, title = "%perspective.readiness", position = 300,
        weights = {30, 70, 30})
public final class ReadinessPerspective implements Perspective {

    static final String ID = "kz.aimaq.readiness.ui.perspective";
}
