package kz.aimaq.registry.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the geokz boundary files shipped in this bundle. Features are matched to the registry
 * by {@code kato_2026} (geokz's own {@code KATO} differs from KATO 2026 for two districts);
 * a feature without a 9-digit code is kept for drawing but cannot be selected.
 */
final class GeoJsonBoundaries {

    static final String REGIONS = "boundaries/kz-adm1-2024.geojson";
    static final String DISTRICTS = "boundaries/kz-adm2-2024.geojson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonBoundaries() {
    }

    /** Parses both shipped files; slow (a second), so never on the UI thread. */
    static Boundaries load() throws IOException {
        return new Boundaries(parse(REGIONS, "ADM1"), parse(DISTRICTS, "ADM2"));
    }

    /** Parses one shipped file, naming the file and feature when something is malformed. */
    static List<Area> parse(String resource, String namePrefix) throws IOException {
        JsonNode root;
        try (InputStream in = GeoJsonBoundaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the bundle kz.aimaq.registry.ui");
            }
            root = JSON.readTree(in);
        }
        List<Area> areas = new ArrayList<>();
        JsonNode features = root.path("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            try {
                areas.add(area(feature, namePrefix));
            } catch (IllegalArgumentException e) {
                throw new IOException(resource + ": feature " + i + ": " + e.getMessage(), e);
            }
        }
        return areas;
    }

    private static Area area(JsonNode feature, String namePrefix) {
        JsonNode properties = feature.path("properties");
        String code = properties.path("kato_2026").asText("");
        JsonNode geometry = feature.path("geometry");
        List<JsonNode> polygons = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Polygon" -> polygons.add(geometry.path("coordinates"));
            case "MultiPolygon" -> geometry.path("coordinates").forEach(polygons::add);
            default -> throw new IllegalArgumentException("geometry type '" + geometry.path("type").asText()
                    + "' is neither Polygon nor MultiPolygon");
        }
        List<double[]> rings = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                rings.add(project(ring, box));
            }
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("no coordinates");
        }
        return new Area(code.matches("\\d{9}") ? code : null, properties.path(namePrefix + "_KK").asText(""),
                properties.path(namePrefix + "_RU").asText(""), rings, box[0], box[1], box[2], box[3]);
    }

    private static double[] project(JsonNode ring, double[] box) {
        double[] points = new double[ring.size() * 2];
        for (int i = 0; i < ring.size(); i++) {
            JsonNode position = ring.get(i);
            if (position.size() < 2) {
                throw new IllegalArgumentException("position " + i + " has fewer than two numbers");
            }
            double x = Boundaries.projectX(position.get(0).asDouble());
            double y = Boundaries.projectY(position.get(1).asDouble());
            points[2 * i] = x;
            points[2 * i + 1] = y;
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return points;
    }
}
