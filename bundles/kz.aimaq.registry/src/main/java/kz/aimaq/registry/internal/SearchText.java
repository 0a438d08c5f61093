package kz.aimaq.registry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The form names and queries are compared in: lower case, Kazakh letters folded to the base
 * Cyrillic letter (Қ→к, Ә→а, Ғ→г, Ң→н, Ө→о, Ұ/Ү→у, Һ→х, І→и), Ё→е, the stray old code-page
 * letters (ќ, ў, ї) folded likewise, Latin diacritics dropped (Ä→a, Ğ→g, Ñ→n, Ş→s, ı/İ→i …),
 * and everything that is not a letter or digit a word break.
 */
final class SearchText {

    private static final char[] FOLD = new char[0x500];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
        }
        for (String pair : "әа ғг қк ңн өо ұу үу һх іи ёе ќк ўу їу ја äa ğg ña öo ūu üu ıi şs çc".split(" ")) {
            FOLD[pair.charAt(0)] = pair.charAt(1);
            FOLD[Character.toUpperCase(pair.charAt(0))] = pair.charAt(1);
        }
        FOLD['İ'] = 'i';
    }

    private SearchText() {
    }

    /** The folded text, words separated by one space. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < FOLD.length ? FOLD[c] : (Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
            if (f == ' ') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(f);
                space = false;
            }
        }
        int end = out.length();
        return space && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    /** The words of the folded text. */
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
}
