package kz.aimaq.platform.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.promise.Promise;

class WaitingComponentsTest {

    /** SCR's view of a module as the DTOs describe it: the components and the state of each. */
    private static final class Runtime implements ServiceComponentRuntime {
        private final Map<ComponentDescriptionDTO, ComponentConfigurationDTO> components;

        Runtime(Map<ComponentDescriptionDTO, ComponentConfigurationDTO> components) {
            this.components = components;
        }

        @Override
        public Collection<ComponentDescriptionDTO> getComponentDescriptionDTOs(Bundle... bundles) {
            return components.keySet();
        }

        @Override
        public ComponentDescriptionDTO getComponentDescriptionDTO(Bundle bundle, String name) {
            return components.keySet().stream().filter(d -> d.name.equals(name)).findFirst().orElse(null);
        }

        @Override
        public Collection<ComponentConfigurationDTO> getComponentConfigurationDTOs(ComponentDescriptionDTO description) {
            return List.of(components.get(description));
        }

        @Override
        public boolean isComponentEnabled(ComponentDescriptionDTO description) {
            return true;
        }

        @Override
        public Promise<Void> enableComponent(ComponentDescriptionDTO description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Promise<Void> disableComponent(ComponentDescriptionDTO description) {
            throw new UnsupportedOperationException();
        }
    }

    private static ComponentDescriptionDTO component(String name, Map<String, Object> properties, String[] services,
            String... references) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        description.properties = properties;
        description.serviceInterfaces = services;
        description.references = new ReferenceDTO[references.length];
        for (int i = 0; i < references.length; i++) {
            ReferenceDTO reference = new ReferenceDTO();
            reference.name = "ref" + i;
            reference.interfaceName = references[i];
            description.references[i] = reference;
        }
        return description;
    }

    /** A component waiting for one reference that takes only services whose properties match {@code target}. */
    private static ComponentConfigurationDTO waitingFor(String reference, String target) {
        ComponentConfigurationDTO configuration = state(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, reference);
        configuration.unsatisfiedReferences[0].target = target;
        return configuration;
    }

    /** In embedded mode the user directory never comes: the chain says which property the database lacks. */
    @Test
    void aReferenceWithATargetNamesTheFilterItWaitsFor() {
        ComponentDescriptionDTO command = component("UsersCommand", Map.of("aimaq.command", "users"),
                new String[] {"CliCommand"}, "UserDirectory");
        ComponentDescriptionDTO directory = component("DatabaseUserDirectory", Map.of(), new String[] {"UserDirectory"},
                "Database");
        Runtime runtime = new Runtime(Map.of(
                command, state(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "ref0"),
                directory, waitingFor("ref0", "(aimaq.storage.mode=central)")));

        assertEquals(List.of(new WaitingComponents.Link("UsersCommand", "UserDirectory", null, "DatabaseUserDirectory",
                false), new WaitingComponents.Link("DatabaseUserDirectory", "Database", "(aimaq.storage.mode=central)", null,
                        false)),
                new WaitingComponents(runtime).whyNotRegistered("users", "aimaq.command"));
    }

    private static ComponentConfigurationDTO state(int state, String... missingReferences) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.state = state;
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[missingReferences.length];
        for (int i = 0; i < missingReferences.length; i++) {
            UnsatisfiedReferenceDTO missing = new UnsatisfiedReferenceDTO();
            missing.name = missingReferences[i];
            configuration.unsatisfiedReferences[i] = missing;
        }
        return configuration;
    }

    @Test
    void theChainLeadsFromTheCommandToTheServiceNobodyHasRegistered() {
        ComponentDescriptionDTO command = component("TaxCommand", Map.of("aimaq.command", "tax"),
                new String[] {"CliCommand"}, "TaxService");
        ComponentDescriptionDTO service = component("TaxServiceImpl", Map.of(), new String[] {"TaxService"},
                "Database", "RegistryService");
        ComponentDescriptionDTO database = component("StorageComponent", Map.of(), new String[] {"Database"});
        Runtime runtime = new Runtime(Map.of(
                command, state(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "ref0"),
                service, state(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "ref1"),
                database, state(ComponentConfigurationDTO.ACTIVE)));

        assertEquals(List.of(new WaitingComponents.Link("TaxCommand", "TaxService", null, "TaxServiceImpl", false),
                new WaitingComponents.Link("TaxServiceImpl", "RegistryService", null, null, false)),
                new WaitingComponents(runtime).whyNotRegistered("tax", "aimaq.command"));
    }

    @Test
    void aProviderWhoseActivationFailedEndsTheChain() {
        ComponentDescriptionDTO command = component("TaxCommand", Map.of("aimaq.command", "tax"),
                new String[] {"CliCommand"}, "TaxService");
        ComponentDescriptionDTO service = component("TaxServiceImpl", Map.of(), new String[] {"TaxService"});
        Runtime runtime = new Runtime(Map.of(
                command, state(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "ref0"),
                service, state(ComponentConfigurationDTO.FAILED_ACTIVATION)));

        assertEquals(List.of(new WaitingComponents.Link("TaxCommand", "TaxService", null, "TaxServiceImpl", true)),
                new WaitingComponents(runtime).whyNotRegistered("tax", "aimaq.command"));
    }

    @Test
    void aCommandThatIsNotWaitingHasNoChain() {
        ComponentDescriptionDTO command = component("AuditCommand", Map.of("aimaq.command", "audit"),
                new String[] {"CliCommand"});
        Runtime runtime = new Runtime(Map.of(command, state(ComponentConfigurationDTO.ACTIVE)));

        assertEquals(List.of(), new WaitingComponents(runtime).whyNotRegistered("audit", "aimaq.command"));
    }
}
