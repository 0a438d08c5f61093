package kz.aimaq.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;

/**
 * An immutable in-memory snapshot of the current units: lookup by code, the tree, and a
 * sorted word index for search as you type, which also holds the ended versions so that a
 * unit is found by a former name or code. Replaced as a whole after every change, so readers
 * never lock.
 */
final class UnitIndex {

    private final Unit[] units;
    private final String[] codes;
    private final Map<String, Integer> position;
    private final int[] depth;
    private final Map<String, List<Unit>> children;
    /** Ended versions whose unit is current, by code; entry {@code units.length + i} of the word index. */
    private final Unit[] former;
    private final String[] formerCodes;
    /** The position of each former version's current unit. */
    private final int[] formerOf;
    /** Entries {@code 0 … units.length - 1} are the current units, then the former versions. */
    private final WordIndex names;

    private UnitIndex(Collection<Unit> all, Collection<Unit> ended) {
        units = all.toArray(Unit[]::new);
        Arrays.sort(units, Comparator.comparing(Unit::code));
        int n = units.length;
        codes = new String[n];
        position = new HashMap<>(n * 2);
        depth = new int[n];
        children = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Unit u = units[i];
            codes[i] = u.code();
            position.put(u.code(), i);
            // a parent's code sorts before its children's, so its depth is known already
            Integer parent = u.parentCode() == null ? null : position.get(u.parentCode());
            depth[i] = parent == null ? 1 : depth[parent] + 1;
            children.computeIfAbsent(u.parentCode() == null ? "" : u.parentCode(), k -> new ArrayList<>()).add(u);
        }
        // a version that ended leads to its successor's code, or else to its own code (a rename);
        // versions of units abolished since have no current unit to show and are left out
        List<Unit> kept = new ArrayList<>();
        for (Unit f : ended) {
            if (position.containsKey(f.successorCode() != null ? f.successorCode() : f.code())) {
                kept.add(f);
            }
        }
        former = kept.toArray(Unit[]::new);
        Arrays.sort(former, Comparator.comparing(Unit::code));
        formerCodes = new String[former.length];
        formerOf = new int[former.length];
        for (int i = 0; i < former.length; i++) {
            formerCodes[i] = former[i].code();
            formerOf[i] = position.get(former[i].successorCode() != null ? former[i].successorCode()
                    : former[i].code());
        }
        Unit[] entries = Arrays.copyOf(units, n + former.length);
        System.arraycopy(former, 0, entries, n, former.length);
        names = new WordIndex(entries);
    }

    static UnitIndex of(Collection<Unit> units) {
        return new UnitIndex(units, List.of());
    }

    /** The current units, and versions that ended, for search by a former name or code. */
    static UnitIndex of(Collection<Unit> units, Collection<Unit> ended) {
        return new UnitIndex(units, ended);
    }

    /** The ended versions whose unit is current. */
    List<Unit> former() {
        return List.of(former);
    }

    int size() {
        return units.length;
    }

    List<Unit> all() {
        return List.of(units);
    }

    Optional<Unit> find(String code) {
        Integer i = code == null ? null : position.get(code);
        return i == null ? Optional.empty() : Optional.of(units[i]);
    }

    List<Unit> children(String code) {
        return List.copyOf(children.getOrDefault(code == null ? "" : code, List.of()));
    }

    List<Unit> ancestors(String code) {
        List<Unit> chain = new ArrayList<>();
        Optional<Unit> unit = find(code);
        while (unit.isPresent() && unit.get().parentCode() != null) {
            unit = find(unit.get().parentCode());
            unit.ifPresent(u -> chain.add(0, u));
        }
        return chain;
    }

    /** The unit and its descendants, depth first, each parent before its children. */
    List<Unit> subtree(String code) {
        List<Unit> out = new ArrayList<>();
        find(code).ifPresent(u -> collect(u, out));
        return out;
    }

    private void collect(Unit unit, List<Unit> out) {
        out.add(unit);
        for (Unit child : children.getOrDefault(unit.code(), List.of())) {
            collect(child, out);
        }
    }

    /** The current units found by {@link #matches}, best first. */
    List<Unit> search(String text, int limit) {
        int[] entries = matches(text, limit);
        List<Unit> hits = new ArrayList<>(entries.length);
        for (int e : entries) {
            hits.add(units[unitOf(e)]);
        }
        return hits;
    }

    /** As {@link #search}, each with the former version that matched, if it was one. */
    List<SearchHit> searchWithFormer(String text, int limit) {
        int[] entries = matches(text, limit);
        List<SearchHit> hits = new ArrayList<>(entries.length);
        for (int e : entries) {
            hits.add(new SearchHit(units[unitOf(e)], e < units.length ? null : former[e - units.length]));
        }
        return hits;
    }

    /**
     * The entries of units whose code starts with the digits, or each of whose query words starts
     * a word of a name; then, after all of those, of units found by a former version's code or
     * names. One entry per unit, at most {@code limit}.
     */
    private int[] matches(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || limit <= 0) {
            return new int[0];
        }
        if (query.chars().allMatch(Character::isDigit)) {
            return byCodePrefix(query, limit);
        }
        List<String> queryWords = SearchText.queryWords(query);
        if (queryWords.isEmpty()) {
            return new int[0];
        }
        String joined = String.join(" ", queryWords);
        int[] found = names.matching(queryWords);
        int n = units.length;
        long[] keys = new long[found.length];
        for (int i = 0; i < found.length; i++) {
            int e = found[i];
            int rank = (e < n ? 0 : 64) + names.quality(e, joined) * 16 + depth[unitOf(e)];
            keys[i] = ((long) rank << 32) | e;
        }
        Arrays.sort(keys);
        Picked picked = new Picked(Math.min(limit, keys.length));
        for (int i = 0; i < keys.length && picked.size < limit; i++) {
            picked.add((int) keys[i]);
        }
        return picked.entries();
    }

    private int unitOf(int entry) {
        return entry < units.length ? entry : formerOf[entry - units.length];
    }

    /**
     * Entries picked in order, one per unit: a unit found directly is not shown again by a former
     * version. Current units come first and are distinct, so the set of units shown is only made
     * when the first former version arrives (most searches never need it).
     */
    private final class Picked {
        private final int[] picked;
        private BitSet shown;
        private int size;

        Picked(int capacity) {
            picked = new int[capacity];
        }

        void add(int entry) {
            if (entry >= units.length) {
                if (shown == null) {
                    shown = new BitSet(units.length);
                    for (int i = 0; i < size; i++) {
                        shown.set(picked[i]);
                    }
                }
                int unit = unitOf(entry);
                if (shown.get(unit)) {
                    return;
                }
                shown.set(unit);
            }
            picked[size++] = entry;
        }

        int[] entries() {
            return size == picked.length ? picked : Arrays.copyOf(picked, size);
        }
    }

    private int[] byCodePrefix(String prefix, int limit) {
        int first = WordIndex.lowerBound(codes, prefix);
        int last = first;
        while (last < codes.length && codes[last].startsWith(prefix) && last - first < limit) {
            last++;
        }
        int firstFormer = WordIndex.lowerBound(formerCodes, prefix);
        int lastFormer = firstFormer;
        while (lastFormer < formerCodes.length && formerCodes[lastFormer].startsWith(prefix)) {
            lastFormer++;
        }
        Picked picked = new Picked(Math.min(limit, last - first + lastFormer - firstFormer));
        for (int i = first; i < last; i++) {
            picked.add(i);
        }
        for (int i = firstFormer; i < lastFormer && picked.size < limit; i++) {
            picked.add(units.length + i);
        }
        return picked.entries();
    }
}
