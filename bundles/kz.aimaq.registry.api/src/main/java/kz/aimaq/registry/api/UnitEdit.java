package kz.aimaq.registry.api;

import java.time.LocalDate;

/**
 * A change to one current unit: a rename and/or a move to another parent.
 *
 * @param code          the unit to change
 * @param nameKk        the new Kazakh name
 * @param nameRu        the new Russian name
 * @param parentCode    the new parent; it must exist and contain the code
 * @param effectiveFrom the day the change takes effect: the current version ends and the new one
 *                      begins that day; not in the future nor before the current version began;
 *                      {@code null} for today (since 1.2)
 */
public record UnitEdit(String code, String nameKk, String nameRu, String parentCode, LocalDate effectiveFrom) {

    /** A change that takes effect today, as before 1.2. */
    public UnitEdit(String code, String nameKk, String nameRu, String parentCode) {
        this(code, nameKk, nameRu, parentCode, null);
    }
}
