package kz.aimaq.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.aimaq.registry.api.Unit;

/**
 * An immutable in-memory snapshot of the current units: lookup by code, the tree, and a
 * sorted word index for search as you type. Replaced as a whole after every change, so
 * readers never lock.
 */
final class UnitIndex {

    private final Unit[] units;
    private final String[] codes;
    private final Map<String, Integer> position;
    private final int[] depth;
    private final Map<String, List<Unit>> children;
    private final String[] words;
    private final int[] wordUnit;
    private final String[][] unitWords;
    private final String[][] unitNames;

    private record Entry(String word, int unit) {
    }

    private UnitIndex(Collection<Unit> all) {
        units = all.toArray(Unit[]::new);
        Arrays.sort(units, Comparator.comparing(Unit::code));
        int n = units.length;
        codes = new String[n];
        position = new HashMap<>(n * 2);
        depth = new int[n];
        children = new HashMap<>();
        unitWords = new String[n][];
        unitNames = new String[n][];
        List<Entry> entries = new ArrayList<>(n * 6);
        for (int i = 0; i < n; i++) {
            Unit u = units[i];
            codes[i] = u.code();
            position.put(u.code(), i);
            // a parent's code sorts before its children's, so its depth is known already
            Integer parent = u.parentCode() == null ? null : position.get(u.parentCode());
            depth[i] = parent == null ? 1 : depth[parent] + 1;
            children.computeIfAbsent(u.parentCode() == null ? "" : u.parentCode(), k -> new ArrayList<>()).add(u);
            String[] names = { SearchText.fold(u.nameKk()), SearchText.fold(u.nameRu()),
                    SearchText.fold(u.nameLatin() == null ? "" : u.nameLatin()) };
            unitNames[i] = names;
            Set<String> distinct = new LinkedHashSet<>();
            for (String name : names) {
                distinct.addAll(Arrays.asList(name.split(" ")));
            }
            distinct.remove("");
            unitWords[i] = distinct.toArray(String[]::new);
            for (String word : unitWords[i]) {
                entries.add(new Entry(word, i));
            }
        }
        entries.sort(Comparator.comparing(Entry::word));
        words = new String[entries.size()];
        wordUnit = new int[entries.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = entries.get(i).word();
            wordUnit[i] = entries.get(i).unit();
        }
    }

    static UnitIndex of(Collection<Unit> units) {
        return new UnitIndex(units);
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

    List<Unit> search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (query.chars().allMatch(Character::isDigit)) {
            return byCodePrefix(query, limit);
        }
        List<String> queryWords = SearchText.words(query);
        if (queryWords.isEmpty()) {
            return List.of();
        }
        String joined = String.join(" ", queryWords);
        // scan the range of the longest query word: it is the most selective
        String scan = queryWords.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        int from = lowerBound(words, scan);
        BitSet seen = new BitSet(units.length);
        long[] keys = new long[64];
        int count = 0;
        for (int i = from; i < words.length && words[i].startsWith(scan); i++) {
            int u = wordUnit[i];
            if (seen.get(u)) {
                continue;
            }
            seen.set(u);
            if (!matchesAll(u, queryWords)) {
                continue;
            }
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
            }
            keys[count++] = ((long) (quality(u, joined) * 16 + depth[u]) << 32) | u;
        }
        Arrays.sort(keys, 0, count);
        List<Unit> hits = new ArrayList<>(Math.min(limit, count));
        for (int i = 0; i < count && hits.size() < limit; i++) {
            hits.add(units[(int) keys[i]]);
        }
        return hits;
    }

    private boolean matchesAll(int unit, List<String> queryWords) {
        for (String q : queryWords) {
            boolean found = false;
            for (String w : unitWords[unit]) {
                if (w.startsWith(q)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** 0: a name is the query; 1: a name starts with it; 2: words match. */
    private int quality(int unit, String joined) {
        int best = 2;
        for (String name : unitNames[unit]) {
            if (name.equals(joined)) {
                return 0;
            }
            if (name.startsWith(joined)) {
                best = 1;
            }
        }
        return best;
    }

    private List<Unit> byCodePrefix(String prefix, int limit) {
        List<Unit> hits = new ArrayList<>();
        for (int i = lowerBound(codes, prefix); i < codes.length && codes[i].startsWith(prefix)
                && hits.size() < limit; i++) {
            hits.add(units[i]);
        }
        return hits;
    }

    private static int lowerBound(String[] sorted, String key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1].equals(key)) {
            i--;
        }
        return i;
    }
}
