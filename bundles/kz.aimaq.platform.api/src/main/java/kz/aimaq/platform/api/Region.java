package kz.aimaq.platform.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A top-level region: one of the 17 oblasts or 3 cities of republican significance.
 *
 * @param code   the 9-digit KATO code, e.g. {@code 190000000}
 * @param nameKk the official Kazakh name
 * @param nameRu the official Russian name
 * @param nameEn the English name
 */
public record Region(String code, String nameKk, String nameRu, String nameEn) {

    public Region {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{2}0{7}")) {
            throw new IllegalArgumentException("not a top-level KATO code: " + code);
        }
    }

    /** The two-digit region prefix (KATO segment AB), e.g. {@code 19}. */
    public String prefix() {
        return code.substring(0, 2);
    }

    /** Whether the unit with this KATO code lies inside this region. */
    public boolean contains(String kato) {
        return kato != null && kato.startsWith(prefix());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }
}
