package kz.aimaq.registry.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of an administrative-territorial unit.
 *
 * @param code       the 9-digit KATO code {@code AB CD EF HIJ}, always a string
 * @param kind       what the unit is
 * @param parentCode the nearest existing ancestor's code (levels are skipped in KATO); {@code null}
 *                   for the 20 top-level units
 * @param nameKk     the Kazakh name as published
 * @param nameRu     the Russian name as published
 * @param nameLatin  the Kazakh name in the 2021 Kazakh Latin alphabet (generated)
 * @param population people on the latest date known, or {@code null} where no figure is published
 * @param ownBudget  whether the unit has its own akim and fourth-level budget (the tax base hangs on it)
 * @param validFrom  first day of this version
 * @param validTo    the day this version ended (exclusive), {@code null} while it is current
 * @param successorCode the code the unit continued under when this version ended, where that is
 *                   another code (a move, e.g. Taldykorgan {@code 191000000} to {@code 331000000} in
 *                   2022); {@code null} otherwise (since 1.2)
 */
public record Unit(String code, UnitKind kind, String parentCode, String nameKk, String nameRu, String nameLatin,
        Long population, boolean ownBudget, LocalDate validFrom, LocalDate validTo, String successorCode) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameKk, "nameKk");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** A version that did not continue under another code, as before 1.2. */
    public Unit(String code, UnitKind kind, String parentCode, String nameKk, String nameRu, String nameLatin,
            Long population, boolean ownBudget, LocalDate validFrom, LocalDate validTo) {
        this(code, kind, parentCode, nameKk, nameRu, nameLatin, population, ownBudget, validFrom, validTo, null);
    }

    /** Whether this is the unit's current version. */
    public boolean current() {
        return validTo == null;
    }

    /** The two-digit region (KATO segment AB). */
    public String regionPrefix() {
        return code.substring(0, 2);
    }

    /** The name in the language of {@code locale}: Kazakh, Russian, else the Latin form. */
    public String name(java.util.Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameLatin;
        };
    }
}
