package kz.aimaq.readiness.ui.internal;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.PerspectiveRegistration;

/** The AI readiness perspective: scorecard on the left, ranking in the middle, comparison below. */
@Component(service = Perspective.class)
@PerspectiveRegistration(id = ReadinessPerspective.ID, title = "%perspective.readiness", position = 300)
public final class ReadinessPerspective implements Perspective {

    static final String ID = "kz.aimaq.readiness.ui.perspective";
}
