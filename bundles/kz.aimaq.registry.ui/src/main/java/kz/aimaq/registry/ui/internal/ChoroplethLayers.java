package kz.aimaq.registry.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import kz.aimaq.map.api.ChoroplethLayer;

/**
 * The whiteboard of {@link ChoroplethLayer} services. Tells the open maps when a layer comes,
 * goes, or posts {@link ChoroplethLayer#TOPIC_CHANGED}. A layer without the
 * {@value ChoroplethLayer#ID} property cannot be chosen and is ignored.
 */
@Component(service = {ChoroplethLayers.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + ChoroplethLayer.TOPIC_CHANGED)
public final class ChoroplethLayers implements EventHandler {

    /**
     * A registered layer and its id. The layer's service object is fetched when a map first asks
     * for it, not when it registers: fetching activates the layer, which may have data to load,
     * and no map may be open.
     */
    static final class Entry {

        private final String id;
        private final ComponentServiceObjects<ChoroplethLayer> objects;
        private volatile ChoroplethLayer layer;

        Entry(String id, ComponentServiceObjects<ChoroplethLayer> objects) {
            this.id = id;
            this.objects = objects;
        }

        String id() {
            return id;
        }

        /** The layer; call it off the UI thread, as the first call activates it. */
        synchronized ChoroplethLayer layer() {
            if (layer == null) {
                layer = objects.getService();
            }
            return layer;
        }
    }

    private final Map<ComponentServiceObjects<ChoroplethLayer>, Entry> layers = new ConcurrentHashMap<>();
    private final Set<Consumer<String>> listeners = new CopyOnWriteArraySet<>();

    /** The layers registered now, by id. */
    public List<Entry> layers() {
        List<Entry> result = new ArrayList<>(layers.values());
        result.sort(Comparator.comparing(Entry::id));
        return result;
    }

    /**
     * Calls {@code listener} (on any thread) with a layer's id when its data changed, and with
     * {@code null} when layers came or went.
     */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty("id");
        if (id != null) {
            notify(id.toString());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindLayer(ComponentServiceObjects<ChoroplethLayer> layer, Map<String, Object> properties) {
        Object id = properties.get(ChoroplethLayer.ID);
        if (id != null) {
            layers.put(layer, new Entry(id.toString(), layer));
            notify(null);
        }
    }

    void unbindLayer(ComponentServiceObjects<ChoroplethLayer> layer) {
        if (layers.remove(layer) != null) {
            notify(null);
        }
    }

    private void notify(String id) {
        for (Consumer<String> listener : listeners) {
            listener.accept(id);
        }
    }
}
