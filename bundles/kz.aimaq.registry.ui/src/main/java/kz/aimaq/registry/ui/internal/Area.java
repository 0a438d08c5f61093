package kz.aimaq.registry.ui.internal;

import java.util.List;

/**
 * One boundary feature, projected: its rings as {@code x0, y0, x1, y1, …} and their bounding box.
 *
 * @param code   the KATO 2026 code, or {@code null} for a feature that has none
 * @param nameKk the Kazakh name in the boundary file
 * @param nameRu the Russian name in the boundary file
 * @param rings  outer rings and holes; a point is inside when an odd number of rings contain it
 */
record Area(String code, String nameKk, String nameRu, List<double[]> rings, double minX, double minY, double maxX,
        double maxY) {

    /** Whether the projected point lies inside the area (even-odd rule over all rings). */
    boolean contains(double x, double y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
