package kz.aimaq.workbench.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The administrative unit selected in the workbench, shared by every view.
 *
 * @param kato   the 9-digit KATO code (a string, never a number)
 * @param nameKk the Kazakh name
 * @param nameRu the Russian name
 */
public record SelectedUnit(String kato, String nameKk, String nameRu) {

    public SelectedUnit {
        Objects.requireNonNull(kato, "kato");
        if (!kato.matches("\\d{9}")) {
            throw new IllegalArgumentException("KATO code must have 9 digits: " + kato);
        }
    }

    /** The name for a locale: Kazakh for kk, Russian otherwise (English uses Russian). */
    public String name(Locale locale) {
        return "kk".equals(locale.getLanguage()) ? nameKk : nameRu;
    }

    /** Event properties for {@link SelectionService#TOPIC}. */
    public Map<String, Object> toEventProperties() {
        return Map.of("kato", kato, "nameKk", nameKk, "nameRu", nameRu);
    }

    public static SelectedUnit fromEventProperties(Map<String, ?> properties) {
        return new SelectedUnit((String) properties.get("kato"), (String) properties.get("nameKk"),
                (String) properties.get("nameRu"));
    }
}
