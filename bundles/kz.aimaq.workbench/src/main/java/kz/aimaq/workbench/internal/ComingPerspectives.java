package kz.aimaq.workbench.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import kz.aimaq.workbench.api.Perspective;

/**
 * Whether a perspective not registered yet is on its way, as the Declarative Services runtime
 * knows it: a component of a started bundle declares a {@link Perspective} service with that id,
 * and is being enabled, or is satisfied (its service is registered and reaches the shell next).
 * A component that waits for a service it references or for a configuration, or failed, is not on its way:
 * views waiting for its perspective go home now instead of after a guessed delay.
 */
final class ComingPerspectives implements Predicate<String> {

    /** The service property that {@code @PerspectiveRegistration} gives a perspective's id in. */
    static final String ID_PROPERTY = "aimaq.perspective.id";

    private final ServiceComponentRuntime runtime;

    ComingPerspectives(ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public boolean test(String perspectiveId) {
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (providesPerspective(description, perspectiveId) && coming(description)) {
                return true;
            }
        }
        return false;
    }

    private static boolean providesPerspective(ComponentDescriptionDTO description, String perspectiveId) {
        return description.serviceInterfaces != null
                && Arrays.asList(description.serviceInterfaces).contains(Perspective.class.getName())
                && description.properties != null
                && perspectiveId.equals(String.valueOf(description.properties.get(ID_PROPERTY)));
    }

    private boolean coming(ComponentDescriptionDTO description) {
        Collection<ComponentConfigurationDTO> configurations = runtime.getComponentConfigurationDTOs(description);
        if (configurations.isEmpty()) {
            // No configuration yet: the runtime is enabling it, unless it waits for a configuration.
            return (description.defaultEnabled || runtime.isComponentEnabled(description))
                    && !"require".equals(description.configurationPolicy);
        }
        for (ComponentConfigurationDTO configuration : configurations) {
            if (configuration.state == ComponentConfigurationDTO.SATISFIED
                    || configuration.state == ComponentConfigurationDTO.ACTIVE
                    || enabling(configuration)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The runtime reports a configuration it is enabling as waiting for a reference before it has
     * looked at any (Felix SCR does): one that names no reference it waits for is on its way.
     */
    private static boolean enabling(ComponentConfigurationDTO configuration) {
        return configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                && (configuration.unsatisfiedReferences == null || configuration.unsatisfiedReferences.length == 0);
    }
}
