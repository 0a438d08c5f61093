package kz.aimaq.registry.internal;

/**
 * Kazakh Cyrillic to the Kazakh Latin alphabet of 2021 (31 letters: A Ä B D E F G Ğ H I İ J
 * K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z). Ә→Ä, Ғ→Ğ, Қ→Q, Ң→Ñ, Ө→Ö, Ұ→Ū, Ү→Ü, Һ/Х→H, І→I (ı),
 * И/Й→İ (i), Ы→Y, Ш→Ş, Ж→J, В→V. The letters of Russian loans that the alphabet has no
 * letter for are spelt with its letters: Ц→Ts, Ч→Ch, Щ→Şş, Ё→Io, Ю→Iu, Я→Ia, Э→E; Ъ and Ь are
 * dropped. Letters of the old 8-bit code page found in KATO (ќ, ў, ї, ј) are read as қ, ұ, ү, ә.
 */
final class Latin {

    private static final String[] LOWER = new String[0x500];

    static {
        String pairs = "а a ә ä б b в v г g ғ ğ д d е e ё io ж j з z и i й i к k қ q л l м m н n ң ñ о o ө ö "
                + "п p р r с s т t у u ұ ū ү ü ф f х h һ h ц ts ч ch ш ş щ şş ъ _ ы y і ı ь _ э e ю iu я ia "
                + "ќ q ў ū ї ü ј ä";
        String[] words = pairs.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            LOWER[words[i].charAt(0)] = words[i + 1].equals("_") ? "" : words[i + 1];
        }
    }

    private Latin() {
    }

    static String of(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 8);
        int n = cyrillic.length();
        for (int i = 0; i < n; i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = lower < LOWER.length ? LOWER[lower] : null;
            if (latin == null) {
                // spaces collapse to one, and none leads (a regular expression here cost a fifth of seeding)
                boolean space = c == ' ' || c == '\u00a0';
                if (!space) {
                    out.append(c);
                } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c == lower || latin.isEmpty()) {
                out.append(latin);
            } else if (lower == 'и' || lower == 'й') {
                out.append('İ');
            } else {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            }
        }
        return out.toString().strip();
    }
}
