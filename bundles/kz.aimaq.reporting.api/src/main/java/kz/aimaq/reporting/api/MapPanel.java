package kz.aimaq.reporting.api;

import java.util.List;
import java.util.Objects;

/**
 * A map panel: units coloured by class. Renderers draw it as a tile map (a cartogram): one
 * equal square per area, grouped by {@link MapArea#group()}, so that the 2 000 okrugs of the
 * country stay visible next to its cities; no boundaries are needed.
 *
 * @param title   a caption, localised
 * @param classes the legend, in order; areas refer to it by index
 * @param areas   the areas
 */
public record MapPanel(String title, List<MapClass> classes, List<MapArea> areas) implements Block {

    public MapPanel {
        Objects.requireNonNull(title, "title");
        classes = List.copyOf(classes);
        areas = List.copyOf(areas);
        for (MapArea area : areas) {
            if (area.classIndex() >= classes.size()) {
                throw new IllegalArgumentException("map '" + title + "' area " + area.code() + " refers to class "
                        + area.classIndex() + " of " + classes.size());
            }
        }
    }

    /**
     * A legend class.
     *
     * @param label the legend text, localised
     * @param rgb   the colour as {@code 0xRRGGBB}
     */
    public record MapClass(String label, int rgb) {
    }

    /**
     * An area of the map.
     *
     * @param code       the unit's KATO code
     * @param name       the unit's name, localised
     * @param group      the name of the group it is drawn in (its region), localised
     * @param classIndex the legend class it falls in, or -1 for no data (drawn grey)
     */
    public record MapArea(String code, String name, String group, int classIndex) {
    }
}
