package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.Optional;

import kz.aimaq.map.api.ChoroplethLayer.Level;

/**
 * The shipped region and district boundaries, projected (equirectangular with the longitude
 * scaled by the cosine of the country's middle latitude, y growing southwards as on screen).
 */
record Boundaries(List<Area> regions, List<Area> districts) {

    /** The latitude whose cosine scales longitudes: the middle of Kazakhstan. */
    private static final double MIDDLE_LATITUDE = 48.0;
    private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(MIDDLE_LATITUDE));

    Boundaries {
        regions = List.copyOf(regions);
        districts = List.copyOf(districts);
    }

    static double projectX(double longitude) {
        return longitude * LONGITUDE_SCALE;
    }

    static double projectY(double latitude) {
        return -latitude;
    }

    List<Area> areas(Level level) {
        return level == Level.REGION ? regions : districts;
    }

    /** The area at {@code level} that contains the projected point, if any. */
    Optional<Area> hit(Level level, double x, double y) {
        return areas(level).stream().filter(area -> area.contains(x, y)).findFirst();
    }

    /** The projected bounding box of the whole country: min x, min y, max x, max y. */
    double[] bounds() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Area area : regions) {
            box[0] = Math.min(box[0], area.minX());
            box[1] = Math.min(box[1], area.minY());
            box[2] = Math.max(box[2], area.maxX());
            box[3] = Math.max(box[3], area.maxY());
        }
        return box;
    }
}
