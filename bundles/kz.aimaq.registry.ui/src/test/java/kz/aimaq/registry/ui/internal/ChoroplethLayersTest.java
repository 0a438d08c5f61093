package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.aimaq.map.api.ChoroplethLayer;

/** A layer is activated when a map first asks for it, never just because it registered. */
class ChoroplethLayersTest {

    private final ChoroplethLayers layers = new ChoroplethLayers();
    private final FakeLayer layer = new FakeLayer();
    private final OwnedServiceObjects<ChoroplethLayer> objects = new OwnedServiceObjects<>(layer);

    @Test
    void aRegisteredLayerIsListedByIdButFetchedOnlyOnceWhenFirstAskedFor() {
        layers.bindLayer(objects, Map.of(ChoroplethLayer.ID, "test.readiness"));

        List<ChoroplethLayers.Entry> listed = layers.layers();
        assertEquals(List.of("test.readiness"), listed.stream().map(ChoroplethLayers.Entry::id).toList());
        assertEquals(0, objects.fetchThreads.size(), "registering and listing fetch nothing");

        assertSame(layer, listed.get(0).layer());
        assertSame(layer, layers.layers().get(0).layer());
        assertEquals(1, objects.fetchThreads.size());
    }

    @Test
    void aLayerWithoutAnIdIsIgnoredAndAnUnboundOneIsGone() {
        layers.bindLayer(objects, Map.of());
        assertEquals(List.of(), layers.layers());

        layers.bindLayer(objects, Map.of(ChoroplethLayer.ID, "test.readiness"));
        layers.unbindLayer(objects);
        assertEquals(List.of(), layers.layers());
    }
}
