package kz.aimaq.map.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A colouring of the map, registered as a whiteboard service with the property
 * {@value #ID}. The map view lists the layers it knows in a chooser and colours the units of
 * the chosen one; units the layer gives no colour stay neutral grey. When a layer's data
 * changes it posts {@link #TOPIC_CHANGED} with its id in the property {@code id}.
 * Methods are called off the UI thread and must not touch widgets.
 */
@ConsumerType
public interface ChoroplethLayer {

    /** Service property: a unique layer id, e.g. {@code kz.aimaq.readiness.score}. */
    String ID = "aimaq.layer.id";

    /** EventAdmin topic: a layer's colours changed; property {@code id}. */
    String TOPIC_CHANGED = "kz/aimaq/map/LAYER_CHANGED";

    /** The map level a colouring is asked for. */
    enum Level {
        /** The 17 oblasts and 3 cities of republican significance. */
        REGION,
        /** Districts, city administrations and the districts of the three big cities. */
        DISTRICT
    }

    /** The layer's name in the chooser. */
    String title(Locale locale);

    /** Colour as 0xRRGGBB per 9-digit KATO code of the units at {@code level}. */
    Map<String, Integer> colours(Level level);

    /** Legend rows, top to bottom. */
    List<LegendEntry> legend(Locale locale);

    /** A line under the legend: where the data comes from, e.g. that it is synthetic; empty for none. */
    default String note(Locale locale) {
        return "";
    }
}
