package kz.aimaq.reporting.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import kz.aimaq.registry.api.UnitKind;

/**
 * A periodic return units must submit (a DHIS2 data set).
 *
 * @param id            a stable id, e.g. {@code readiness.indicators}
 * @param module        the module it belongs to
 * @param title         its name in three languages
 * @param periodType    how often it is due
 * @param daysAllowed   days after the period's last day within which a submission is on time
 * @param expectedKinds the kinds of unit that must submit it (those that existed through the period)
 * @param fields        the values a submission carries, by key
 */
public record DataSet(String id, String module, Title title, PeriodType periodType, int daysAllowed,
        Set<UnitKind> expectedKinds, Set<String> fields) {

    /**
     * The kinds of unit with their own akim and budget (rural okrugs, village, settlement and town
     * administrations): the units most data sets expect a return from.
     *
     * @since 1.1
     */
    public static final Set<UnitKind> OKRUG_LEVEL = Set.of(UnitKind.RURAL_OKRUG, UnitKind.VILLAGE_ADMIN,
            UnitKind.SETTLEMENT_ADMIN, UnitKind.TOWN_ADMIN);

    public DataSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(periodType, "periodType");
        expectedKinds = Set.copyOf(expectedKinds);
        fields = Set.copyOf(fields);
        if (daysAllowed < 0) {
            throw new IllegalArgumentException("data set " + id + ": days allowed cannot be negative");
        }
    }

    /** The last day a submission for {@code period} is on time. */
    public LocalDate deadline(Period period) {
        return period.end().plusDays(daysAllowed);
    }
}
