package kz.aimaq.registry.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per equal value while units are read: a code recurs as its children's parent code,
 * names recur across villages, and every unit of a load shares its dates. The registry keeps its
 * units in memory for the session; reading each value anew cost about 0.5 MB of it (156 000 strings
 * against 147 000 after a later start).
 */
final class Canonical {

    private final Map<Object, Object> seen = new HashMap<>();

    /** The first equal value seen, or this one; {@code null} stays {@code null}. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }
}
