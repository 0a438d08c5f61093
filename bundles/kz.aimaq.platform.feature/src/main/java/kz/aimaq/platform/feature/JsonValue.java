package kz.aimaq.platform.feature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON value with the line it starts on, so that a problem deep in a feature file can be
 * reported at its line. Read with Jackson's streaming parser: the launcher reads the features
 * before anything else starts, and building Jackson's object mapper would cost it a tenth of a second.
 *
 * @param value a {@code Map<String, JsonValue>}, a {@code List<JsonValue>}, a {@code String}, a
 *              {@code Boolean}, a {@code Number}, or {@code null}
 * @param line  the 1-based line where the value starts
 */
record JsonValue(Object value, int line) {

    /** Reads the value at the parser's current token, which must not be {@code null}. */
    static JsonValue read(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, read(parser));
                }
                return new JsonValue(members, line);
            }
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(parser));
                }
                return new JsonValue(elements, line);
            }
            case VALUE_STRING -> {
                return new JsonValue(parser.getText(), line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonValue(parser.getNumberValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonValue(token == JsonToken.VALUE_TRUE, line);
            }
            default -> {
                return new JsonValue(null, line);
            }
        }
    }

    boolean isObject() {
        return value instanceof Map;
    }

    /** The member {@code name} of an object; a missing member (or any member of a non-object) is a null value on this line. */
    JsonValue get(String name) {
        if (value instanceof Map<?, ?> members && members.get(name) instanceof JsonValue member) {
            return member;
        }
        return new JsonValue(null, line);
    }

    /** The elements of an array, or {@code null} when this is not an array. */
    @SuppressWarnings("unchecked")
    List<JsonValue> elements() {
        return value instanceof List<?> list ? (List<JsonValue>) list : null;
    }

    /** The text of a string value, or {@code fallback} when this is not one. */
    String text(String fallback) {
        return value instanceof String text ? text : fallback;
    }
}
