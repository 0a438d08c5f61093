package kz.aimaq.readiness.internal.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import kz.aimaq.readiness.api.LocalisedText;

/**
 * Typed, path-aware reads of one JSON object: every wrong or missing field becomes a problem
 * naming its JSON path and line, and reading goes on so that all problems are reported.
 */
final class JsonObject {

    private final JsonNode node;
    private final String pointer;
    private final Context context;

    /** What every object of one document shares. */
    record Context(Problems problems, JsonLines lines) {

        void report(String pointer, String key, Object... arguments) {
            problems.add(lines.line(pointer), path(pointer), key, arguments);
        }
    }

    JsonObject(JsonNode node, String pointer, Context context) {
        this.node = node;
        this.pointer = pointer;
        this.context = context;
    }

    String pointer() {
        return pointer;
    }

    String pointer(String field) {
        return pointer + '/' + field;
    }

    /** {@code $.groups[0].children[1].weight} for {@code /groups/0/children/1/weight}. */
    static String path(String pointer) {
        StringBuilder out = new StringBuilder("$");
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append('.').append(segment);
            }
        }
        return out.toString();
    }

    void report(String field, String key, Object... arguments) {
        context.report(field == null ? pointer : pointer(field), key, arguments);
    }

    /** Reports every field not in {@code known}: a misspelt field must not be silently ignored. */
    void allowOnly(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                report(name, "json.unknownField", name);
            }
        }
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            report(field, "json.required");
            return null;
        }
        if (!value.isTextual()) {
            report(field, "json.type.text");
            return null;
        }
        if (value.asText().isBlank()) {
            report(field, "json.blank");
            return null;
        }
        return value.asText().strip();
    }

    double number(String field, double fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            report(field, "json.type.number");
            return Double.NaN;
        }
        return value.asDouble();
    }

    double requiredNumber(String field) {
        if (!has(field)) {
            report(field, "json.required");
            return Double.NaN;
        }
        return number(field, Double.NaN);
    }

    /** A text that must be one of {@code choices}' keys, or {@code fallback} when absent. */
    <E> E choice(String field, Map<String, E> choices, E fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                report(field, "json.required");
            }
            return fallback;
        }
        E chosen = value.isTextual() ? choices.get(value.asText().toLowerCase(Locale.ROOT)) : null;
        if (chosen == null) {
            report(field, "json.choice", value.asText(), String.join(", ", choices.keySet()));
        }
        return chosen;
    }

    /** A plain text (all languages) or an object of texts by language tag including {@code en}. */
    LocalisedText localised(String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            Map<String, String> texts = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            if (!texts.containsKey("en") || texts.values().stream().anyMatch(String::isBlank)) {
                report(field, "json.localised");
                return null;
            }
            return new LocalisedText(texts);
        }
        String text = text(field);
        return text == null ? null : LocalisedText.of(text);
    }

    /** The nested object at {@code field}, or null (reported if {@code required}). */
    JsonObject object(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                report(field, "json.required");
            }
            return null;
        }
        if (!value.isObject()) {
            report(field, "json.type.object");
            return null;
        }
        return new JsonObject(value, pointer(field), context);
    }

    /** True when the field holds a plain text rather than an object. */
    boolean isText(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual();
    }

    /** The objects of the list at {@code field}; an absent optional list is empty. */
    List<JsonObject> objects(String field, boolean required) {
        JsonNode value = node.get(field);
        List<JsonObject> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                report(field, "json.required");
            }
            return out;
        }
        if (!value.isArray()) {
            report(field, "json.type.list");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            String itemPointer = pointer(field) + '/' + i;
            if (value.get(i).isObject()) {
                out.add(new JsonObject(value.get(i), itemPointer, context));
            } else {
                context.report(itemPointer, "json.type.object");
            }
        }
        return out;
    }
}
