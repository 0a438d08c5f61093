package kz.aimaq.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.View;

/**
 * What the Declarative Services runtime reports, as DTOs, decides whether a missing perspective
 * is on its way. The runtime here answers from DTOs the test sets up (its other methods are not
 * asked).
 */
class ComingPerspectivesTest {

    private final List<ComponentDescriptionDTO> descriptions = new ArrayList<>();
    private final Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> configurations = new HashMap<>();
    private final ComingPerspectives coming = new ComingPerspectives(runtime());

    @Test
    void aSatisfiedComponentDeclaringThePerspectiveBringsIt() {
        configured(perspective("tax"), ComponentConfigurationDTO.SATISFIED);
        assertTrue(coming.test("tax"));
        assertFalse(coming.test("reporting"), "another id");
    }

    @Test
    void anActiveComponentBringsItToo() {
        configured(perspective("tax"), ComponentConfigurationDTO.ACTIVE);
        assertTrue(coming.test("tax"));
    }

    @Test
    void aComponentBeingEnabledBringsIt() {
        perspective("tax");
        assertTrue(coming.test("tax"), "no configuration yet: the runtime is enabling it");
    }

    @Test
    void aComponentWaitingForAServiceItReferencesOrThatFailedDoesNot() {
        configured(perspective("tax"), ComponentConfigurationDTO.UNSATISFIED_REFERENCE).unsatisfiedReferences =
                new UnsatisfiedReferenceDTO[] {new UnsatisfiedReferenceDTO()};
        configured(perspective("reporting"), ComponentConfigurationDTO.FAILED_ACTIVATION);
        assertFalse(coming.test("tax"));
        assertFalse(coming.test("reporting"));
    }

    @Test
    void aComponentTheRuntimeIsStillEnablingBringsIt() {
        configured(perspective("tax"), ComponentConfigurationDTO.UNSATISFIED_REFERENCE).unsatisfiedReferences =
                new UnsatisfiedReferenceDTO[0];
        assertTrue(coming.test("tax"), "waiting for no reference: the runtime has not looked at its references yet");
    }

    @Test
    void aDisabledComponentOrOneWaitingForItsConfigurationDoesNot() {
        perspective("tax").defaultEnabled = false;
        perspective("reporting").configurationPolicy = "require";
        assertFalse(coming.test("tax"));
        assertFalse(coming.test("reporting"));
    }

    @Test
    void aComponentThatIsNoPerspectiveDoesNot() {
        ComponentDescriptionDTO view = describe(View.class, "tax");
        configured(view, ComponentConfigurationDTO.SATISFIED);
        assertFalse(coming.test("tax"), "a view carrying the id is not the perspective");
    }

    @Test
    void nothingDeclaredNothingComing() {
        assertFalse(coming.test("tax"));
    }

    private ComponentDescriptionDTO perspective(String id) {
        return describe(Perspective.class, id);
    }

    private ComponentDescriptionDTO describe(Class<?> service, String id) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = "com.example." + id + "." + service.getSimpleName();
        description.serviceInterfaces = new String[] {service.getName()};
        description.properties = Map.of(ComingPerspectives.ID_PROPERTY, id);
        description.defaultEnabled = true;
        description.configurationPolicy = "optional";
        descriptions.add(description);
        return description;
    }

    private ComponentConfigurationDTO configured(ComponentDescriptionDTO description, int state) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.description = description;
        configuration.state = state;
        configurations.computeIfAbsent(description, d -> new ArrayList<>()).add(configuration);
        return configuration;
    }

    private ServiceComponentRuntime runtime() {
        return (ServiceComponentRuntime) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceComponentRuntime.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getComponentDescriptionDTOs" -> List.copyOf(descriptions);
                    case "getComponentConfigurationDTOs" -> configurations.getOrDefault(args[0], List.of());
                    case "isComponentEnabled" -> ((ComponentDescriptionDTO) args[0]).defaultEnabled;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
