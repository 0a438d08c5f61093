package kz.aimaq.platform.internal.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Why a command is not registered: the chain of components, from the command's own down to the
 * one that waits for a service nobody provides, or whose activation failed. Without it an
 * administrator sees only "still waiting", and the log says nothing, since waiting is not an error.
 */
final class WaitingComponents {

    /**
     * One link: {@code component} waits for {@code service}, only one whose properties match {@code target}
     * if that is not null (the user directory takes only the central database, say); {@code provider} is
     * who would give it, if anyone.
     */
    record Link(String component, String service, String target, String provider, boolean providerFailed) {
    }

    private final ServiceComponentRuntime runtime;

    WaitingComponents(ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    /** The chain below the component that declares the command {@code name}; empty if it is not waiting. */
    List<Link> whyNotRegistered(String commandName, String commandProperty) {
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (commandName.equals(description.properties.get(commandProperty))) {
                List<Link> chain = new ArrayList<>();
                follow(description, chain, new HashSet<>());
                return chain;
            }
        }
        return List.of();
    }

    private void follow(ComponentDescriptionDTO waiting, List<Link> chain, Set<String> seen) {
        if (!seen.add(waiting.name)) {
            return;
        }
        for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(waiting)) {
            if (configuration.state != ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                continue;
            }
            for (UnsatisfiedReferenceDTO missing : configuration.unsatisfiedReferences) {
                String service = serviceOf(waiting, missing.name);
                ComponentDescriptionDTO provider = provider(service);
                boolean failed = provider != null && runtime.getComponentConfigurationDTOs(provider).stream()
                        .anyMatch(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION);
                chain.add(new Link(waiting.name, service, missing.target, provider == null ? null : provider.name,
                        failed));
                if (provider != null && !failed) {
                    follow(provider, chain, seen);
                }
            }
        }
    }

    private static String serviceOf(ComponentDescriptionDTO description, String referenceName) {
        for (ReferenceDTO reference : description.references) {
            if (reference.name.equals(referenceName)) {
                return reference.interfaceName;
            }
        }
        return referenceName;
    }

    /** A component of a started bundle that declares {@code service}. */
    private ComponentDescriptionDTO provider(String service) {
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (Arrays.asList(description.serviceInterfaces).contains(service)) {
                return description;
            }
        }
        return null;
    }
}
