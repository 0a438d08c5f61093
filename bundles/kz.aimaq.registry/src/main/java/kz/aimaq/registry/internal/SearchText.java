package kz.aimaq.registry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The form names and queries are compared in, so that a name is found however people spell it:
 * in Kazakh or Russian Cyrillic, in the official Kazakh Latin of 2021 or in the common
 * transliterations ("Қарағанды", "Qarağandy", "Karagandy", "Karaganda"). Every letter becomes a
 * plain Latin spelling: Қ/Q/К→k, Ғ/Ğ/Г→g, Ә/Ä→a, Ө/Ö→o, Ұ/Ү/Ū/Ü→u, Ң/Ñ→n, Ж/J/zh→j, Х/Һ/kh→h,
 * Ш/Ş→sh, Ч/Ç→ch, Ы/І/И/Й/Y/ı→i, Ё→e, Ю→iu, Я→ia, Ъ and Ь dropped; the stray old code-page letters
 * (ќ, ў, ї, ј) are read as қ, ұ, ү, ә. Apostrophes (of the 2017 Latin, "Qarag'andy") are dropped;
 * everything else that is not a letter or digit is a word break. A query word also loses its
 * ending vowels (a Russian or Kazakh stem: "Караганда" and "Karaganda" find "Карагандинская" and
 * "Қарағанды"), as long as four letters remain.
 */
final class SearchText {

    private static final String[] KEY = new String[0x500];
    private static final int STEM_MIN = 4;
    /** The apostrophe word processors type. */
    private static final char RIGHT_QUOTE = '\u2019';

    static {
        for (char c = 0; c < KEY.length; c++) {
            KEY[c] = Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
        }
        String pairs = "а a ә a б b в v г g ғ g д d е e ё e ж j з z и i й i к k қ k л l м m н n ң n о o ө o "
                + "п p р r с s т t у u ұ u ү u ф f х h һ h ц ts ч ch ш sh щ sh ъ _ ы i і i ь _ э e ю iu я ia "
                + "ќ k ў u ї u ј a ä a ğ g ñ n ö o ū u ü u ı i ş sh ç ch q k y i é e";
        String[] words = pairs.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            String key = words[i + 1].equals("_") ? "" : words[i + 1];
            KEY[words[i].charAt(0)] = key;
            KEY[Character.toUpperCase(words[i].charAt(0))] = key;
        }
        KEY['İ'] = "i";
        for (char apostrophe : "'ʼ`´".toCharArray()) {
            KEY[apostrophe] = "";
        }
    }

    private SearchText() {
    }

    /** The key of the text, words separated by one space. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String k = c < KEY.length ? KEY[c] : c == RIGHT_QUOTE ? ""
                    : Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
            if (k == null) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (!k.isEmpty()) {
                char first = k.charAt(0);
                int last = out.length() - 1;
                // the transliterations' digraphs: kh is Х (h), zh is Ж (j)
                if (k.length() == 1 && first == 'h' && !space && (out.charAt(last) == 'k' || out.charAt(last) == 'z')) {
                    out.setCharAt(last, out.charAt(last) == 'k' ? 'h' : 'j');
                } else {
                    out.append(k);
                }
                space = false;
            }
        }
        int end = out.length();
        return space && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    /** The words of the text's key. */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words of a query's key, each cut to its stem. */
    static List<String> queryWords(String query) {
        List<String> words = words(query);
        words.replaceAll(SearchText::stem);
        return words;
    }

    /** The word without its ending vowels, as long as {@value #STEM_MIN} letters remain. */
    static String stem(String word) {
        int end = word.length();
        while (end > STEM_MIN && "aeiou".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
