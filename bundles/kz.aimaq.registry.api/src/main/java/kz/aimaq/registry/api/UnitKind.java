package kz.aimaq.registry.api;

import java.util.Optional;

/**
 * What a unit is. KATO's structural level does not say it (a sub-district row can be a rural
 * okrug, a town administration or a city), so the kind is read from the official
 * abbreviation in the name, as in {@code kato-2026-tree.csv}.
 */
public enum UnitKind {

    OBLAST("oblast"),
    CITY_REPUBLICAN("city_republican"),
    DISTRICT("district"),
    /** The administration of a city of oblast significance (Г.А. / Қ.Ә.). */
    CITY_REGIONAL_ADMIN("city_regional_admin"),
    /** A district of Astana, Almaty or Shymkent. */
    CITY_REPUBLICAN_DISTRICT("city_republican_district"),
    /** The city proper inside its city administration. */
    CITY("city"),
    /** The administration of a town of district significance (г.а. / қ.ә.). */
    TOWN_ADMIN("town_admin"),
    RURAL_OKRUG("rural_okrug"),
    /** A village that is a unit of its own with its own akim (с.а. / а.ә.). */
    VILLAGE_ADMIN("village_admin"),
    /** The administration of a поселок / кент (п.а. / к.ә.). */
    SETTLEMENT_ADMIN("settlement_admin"),
    /** The district administrations inside Karaganda (р.а.). */
    CITY_DISTRICT_ADMIN("city_district_admin"),
    /** A district inside Aktobe, Taraz or Karaganda. */
    CITY_DISTRICT("city_district"),
    /** A town of district significance. */
    TOWN("town"),
    SETTLEMENT_URBAN("settlement_urban"),
    VILLAGE("village"),
    /** Any other populated place: wintering, farm, station, siding, pasture. */
    LOCALITY("locality");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    /** The identifier used in files and the database, e.g. {@code rural_okrug}. */
    public String id() {
        return id;
    }

    /** The kind with this identifier. */
    public static Optional<UnitKind> ofId(String id) {
        for (UnitKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a unit of this kind under a parent of {@code parentKind} has its own akim and
     * fourth-level budget: rural okrugs, village, settlement and town administrations, and
     * towns of district significance that have no town administration above them.
     */
    public boolean hasOwnBudget(UnitKind parentKind) {
        return switch (this) {
            case RURAL_OKRUG, VILLAGE_ADMIN, SETTLEMENT_ADMIN, TOWN_ADMIN -> true;
            case TOWN -> parentKind != TOWN_ADMIN;
            default -> false;
        };
    }
}
