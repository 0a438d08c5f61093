package kz.aimaq.tax.ui.internal;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.PerspectiveRegistration;

/** The local-taxes perspective: taxpayer card on the left, okrug dashboard, arrears and import below. */
@Component(service = Perspective.class)
@PerspectiveRegistration(id = TaxPerspective.ID, title = "%perspective.tax", position = 400, weights = {30, 70, 35})
public final class TaxPerspective implements Perspective {

    static final String ID = "kz.aimaq.tax.ui.perspective";
}
