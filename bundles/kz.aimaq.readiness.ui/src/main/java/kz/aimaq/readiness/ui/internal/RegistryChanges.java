package kz.aimaq.readiness.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import kz.aimaq.registry.api.RegistryService;

/**
 * Scores again when the registry changes: a renamed unit or region shows its new name in the
 * ranking, its filter and the map, and an added or abolished okrug enters or leaves the ranking.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + RegistryService.TOPIC_CHANGED)
public final class RegistryChanges implements EventHandler {

    private final ReadinessModel model;

    @Activate
    public RegistryChanges(@Reference ReadinessModel model) {
        this.model = model;
    }

    @Override
    public void handleEvent(Event event) {
        model.recompute();
    }
}
