package kz.aimaq.readiness.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.reporting.api.DataReturns;

/**
 * Scores again when what the scores rest on changes: the registry (a renamed unit or region shows
 * its new name in the ranking, its filter and the map; an added or abolished okrug enters or
 * leaves the ranking) or the indicator returns the okrugs submit.
 */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + RegistryService.TOPIC_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + DataReturns.TOPIC_SUBMITTED})
public final class RegistryChanges implements EventHandler {

    private final ReadinessModel model;

    @Activate
    public RegistryChanges(@Reference ReadinessModel model) {
        this.model = model;
    }

    @Override
    public void handleEvent(Event event) {
        if (DataReturns.TOPIC_SUBMITTED.equals(event.getTopic())
                && !SubmittedValues.DATA_SET.equals(event.getProperty(DataReturns.EVENT_DATA_SET))) {
            return;
        }
        model.recompute();
    }
}
