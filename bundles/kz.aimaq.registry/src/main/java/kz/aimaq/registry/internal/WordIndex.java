package kz.aimaq.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.aimaq.registry.api.Unit;

/**
 * The words of the Kazakh, Russian and Latin names of a list of entries (unit versions), folded
 * as {@link SearchText} does and sorted, for search as you type: each query word must start a
 * word of one of the entry's names.
 */
final class WordIndex {

    /** Kazakh, Russian and Latin. */
    private static final int NAMES = 3;

    private final String[] words;
    private final int[] wordEntry;
    private final String[][] entryWords;
    /**
     * Every entry's three folded names (Kazakh, Russian, Latin) one after the other, and where each
     * ends (entry * 3 + name): as 47 000 strings in arrays of three they took 3 MB of a start's memory.
     */
    private final String names;
    private final int[] nameEnds;

    WordIndex(Unit[] entries) {
        // each distinct word once (names share most words: ауылы, ауданы, село …), then a counting
        // sort of (word, entry) pairs by the word's rank: sorting every pair as strings took most of the build
        int n = entries.length;
        entryWords = new String[n][];
        StringBuilder allNames = new StringBuilder(n * 3 * 12);
        nameEnds = new int[n * NAMES];
        Map<String, Integer> wordIds = new HashMap<>(n);
        List<String> distinctWords = new ArrayList<>(n);
        int[] pairWord = new int[n * 8];
        int[] pairEntry = new int[n * 8];
        int pairs = 0;
        String[] scratch = new String[32];
        for (int i = 0; i < n; i++) {
            Unit u = entries[i];
            String[] folded = { SearchText.fold(u.nameKk()), SearchText.fold(u.nameRu()),
                    SearchText.fold(u.nameLatin() == null ? "" : u.nameLatin()) };
            for (int k = 0; k < NAMES; k++) {
                nameEnds[i * NAMES + k] = allNames.append(folded[k]).length();
            }
            int count = 0;
            for (String name : folded) {
                for (int from = 0; from < name.length();) {
                    int end = name.indexOf(' ', from);
                    end = end < 0 ? name.length() : end;
                    String word = name.substring(from, end);
                    from = end + 1;
                    Integer id = wordIds.get(word);
                    if (id == null) {
                        id = distinctWords.size();
                        wordIds.put(word, id);
                        distinctWords.add(word);
                    }
                    String canonical = distinctWords.get(id);
                    if (!contains(scratch, count, canonical)) {
                        if (count == scratch.length) {
                            scratch = Arrays.copyOf(scratch, count * 2);
                        }
                        scratch[count++] = canonical;
                        if (pairs == pairWord.length) {
                            pairWord = Arrays.copyOf(pairWord, pairs * 2);
                            pairEntry = Arrays.copyOf(pairEntry, pairs * 2);
                        }
                        pairWord[pairs] = id;
                        pairEntry[pairs++] = i;
                    }
                }
            }
            entryWords[i] = Arrays.copyOf(scratch, count);
        }
        names = allNames.toString();
        String[] sorted = distinctWords.toArray(String[]::new);
        Arrays.sort(sorted);
        int[] start = new int[sorted.length + 1];
        int[] rank = new int[sorted.length];
        for (int r = 0; r < sorted.length; r++) {
            rank[wordIds.get(sorted[r])] = r;
        }
        for (int p = 0; p < pairs; p++) {
            start[rank[pairWord[p]] + 1]++;
        }
        for (int r = 0; r < sorted.length; r++) {
            start[r + 1] += start[r];
        }
        words = new String[pairs];
        wordEntry = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            int at = start[rank[pairWord[p]]]++;
            words[at] = distinctWords.get(pairWord[p]);
            wordEntry[at] = pairEntry[p];
        }
    }

    /** Whether one of the first {@code count} words is {@code word} (the same instance: words are canonical). */
    private static boolean contains(String[] words, int count, String word) {
        for (int i = 0; i < count; i++) {
            if (words[i] == word) {
                return true;
            }
        }
        return false;
    }

    /** The entries each of whose query words starts a word of one of their names. */
    int[] matching(List<String> queryWords) {
        // scan the range of the longest query word: it is the most selective
        String scan = queryWords.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        int from = lowerBound(words, scan);
        BitSet seen = new BitSet(entryWords.length);
        int[] found = new int[64];
        int count = 0;
        for (int i = from; i < words.length && words[i].startsWith(scan); i++) {
            int e = wordEntry[i];
            if (seen.get(e)) {
                continue;
            }
            seen.set(e);
            if (matchesAll(e, queryWords)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = e;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** 0: a name is the query; 1: a name starts with it; 2: words match. */
    int quality(int entry, String joined) {
        int best = 2;
        for (int k = entry * NAMES; k < entry * NAMES + NAMES; k++) {
            int start = k == 0 ? 0 : nameEnds[k - 1];
            int length = nameEnds[k] - start;
            if (length >= joined.length() && names.regionMatches(start, joined, 0, joined.length())) {
                if (length == joined.length()) {
                    return 0;
                }
                best = 1;
            }
        }
        return best;
    }

    private boolean matchesAll(int entry, List<String> queryWords) {
        for (String q : queryWords) {
            boolean found = false;
            for (String w : entryWords[entry]) {
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

    /** The first index of {@code key} in {@code sorted}, or where it would be inserted. */
    static int lowerBound(String[] sorted, String key) {
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
