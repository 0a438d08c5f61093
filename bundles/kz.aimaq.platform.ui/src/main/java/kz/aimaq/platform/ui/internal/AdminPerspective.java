package kz.aimaq.platform.ui.internal;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.PerspectiveRegistration;
import kz.aimaq.workbench.api.Perspectives;

/** The administration perspective: modules by region above, bundles and audit log below. */
@Component(service = Perspective.class)
@PerspectiveRegistration(id = Perspectives.ADMIN, title = "%perspective.admin", role = UserContext.ROLE_ANY_ADMIN,
        position = 900)
public final class AdminPerspective implements Perspective {
}
