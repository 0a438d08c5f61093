package kz.aimaq.reporting.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.DataReturns;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReturnRate;

/**
 * What the returns view and the completeness map layer share: the data returns, the data set and
 * period chosen in the view (the layer colours that choice), and work off the UI thread. When the
 * choice or a return changes, the layer is told through {@link ChoroplethLayer#TOPIC_CHANGED}.
 */
@Component(service = ReturnsModel.class)
public final class ReturnsModel {

    /** The data set and period the view shows and the map colours. */
    record Choice(DataSet dataSet, Period period) {
    }

    private final DataReturns returns;
    private final ReportCatalog catalog;
    private final BackgroundWork work = new BackgroundWork("aimaq-returns-view", (what, why) -> { });
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Choice choice;
    private volatile RegistryService registry;
    private volatile EventAdmin events;

    @Activate
    public ReturnsModel(@Reference DataReturns returns, @Reference ReportCatalog catalog) {
        this.returns = returns;
        this.catalog = catalog;
    }

    @Deactivate
    void deactivate() {
        work.close();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setRegistry(RegistryService service) {
        registry = service;
    }

    public void unsetRegistry(RegistryService service) {
        if (registry == service) {
            registry = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setEvents(EventAdmin service) {
        events = service;
    }

    public void unsetEvents(EventAdmin service) {
        if (events == service) {
            events = null;
        }
    }

    DataReturns returns() {
        return returns;
    }

    /** The user's area: their region, or {@code null} for the nation. */
    String scope() {
        return catalog.scope();
    }

    /** The chosen data set and period; at first the first data set and its last finished period. */
    Optional<Choice> choice() {
        Choice current = choice;
        if (current != null && returns.dataSet(current.dataSet().id()).isPresent()) {
            return Optional.of(current);
        }
        return returns.dataSets().stream().findFirst()
                .map(d -> new Choice(d, lastFinished(d, LocalDate.now())));
    }

    /** The period of a data set that ended last before {@code today}: the one returns are due for. */
    static Period lastFinished(DataSet dataSet, LocalDate today) {
        return Period.containing(dataSet.periodType(), today).previous();
    }

    void choose(DataSet dataSet, Period period) {
        choice = new Choice(dataSet, period);
        changed();
    }

    /** Tells the view's listeners and the map layer that returns or the choice changed. */
    void changed() {
        listeners.forEach(Runnable::run);
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(ChoroplethLayer.TOPIC_CHANGED, Map.of("id", CompletenessLayer.ID)));
        }
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The rates of the chosen data set and period in the user's area, by unit. */
    Map<String, ReturnRate> rates(Choice chosen) {
        return returns.rates(chosen.dataSet().id(), chosen.period(), scope());
    }

    /** A unit's name in the user's language, or its code when the registry does not know it. */
    String name(String code, Locale locale) {
        RegistryService current = registry;
        if (current == null) {
            return code;
        }
        Optional<Unit> unit = current.find(code).or(() -> current.history(code).stream().reduce((a, b) -> b));
        return unit.map(u -> u.name(locale)).orElse(code);
    }

    /** Work that reads or submits, on the view's own thread. */
    void run(Runnable task) {
        work.run(task);
    }
}
