package kz.aimaq.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/** A readiness methodology as the engine bundle ships it, read the way a test compares views with it. */
final class ShippedMethodology {

    private final JsonNode root;

    private ShippedMethodology(JsonNode root) {
        this.root = root;
    }

    /** Reads methodologies/{@code id}.json from the installed engine bundle. */
    static ShippedMethodology of(Bundle engine, String id) {
        URL entry = engine.getEntry("methodologies/" + id + ".json");
        if (entry == null) {
            throw new AssertionError(engine.getSymbolicName() + " ships no methodology " + id);
        }
        try (InputStream in = entry.openStream()) {
            return new ShippedMethodology(ShippedFeature.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leaves of the tree: children of groups that are not groups themselves. */
    int indicatorCount() {
        Set<String> groups = new HashSet<>();
        Set<String> children = new HashSet<>();
        for (JsonNode group : root.path("groups")) {
            groups.add(group.path("id").asText());
            group.path("children").forEach(c -> children.add(c.path("ref").asText()));
        }
        children.removeAll(groups);
        return children.size();
    }

    /** The bands' names in {@code locale}, highest band first. */
    List<String> bandNames(Locale locale) {
        return StreamSupport.stream(root.path("bands").spliterator(), false)
                .sorted(Comparator.comparingDouble((JsonNode b) -> b.path("from").asDouble()).reversed())
                .map(b -> b.path("name").path(locale.getLanguage()).asText()).toList();
    }
}
