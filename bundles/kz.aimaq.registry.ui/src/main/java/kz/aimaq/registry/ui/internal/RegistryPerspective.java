package kz.aimaq.registry.ui.internal;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.PerspectiveRegistration;

/** The registry perspective: the explorer on the left, details and map in the main area. */
@Component(service = Perspective.class)
@PerspectiveRegistration(id = RegistryPerspective.ID, title = "%perspective.registry", position = 100,
        weights = {30, 70, 25})
public final class RegistryPerspective implements Perspective {

    static final String ID = "kz.aimaq.registry.ui.perspective";
}
