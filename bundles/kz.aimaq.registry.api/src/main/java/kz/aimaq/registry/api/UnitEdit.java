package kz.aimaq.registry.api;

/**
 * A change to one current unit: a rename and/or a move to another parent.
 *
 * @param code       the unit to change
 * @param nameKk     the new Kazakh name
 * @param nameRu     the new Russian name
 * @param parentCode the new parent; it must exist and contain the code
 */
public record UnitEdit(String code, String nameKk, String nameRu, String parentCode) {
}
