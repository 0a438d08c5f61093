package kz.aimaq.reporting.internal.returns;

import java.util.List;
import java.util.Set;

import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.Title;

/** The returns every okrug-level unit owes today. */
final class ShippedDataSets {

    /** The kinds of unit with their own akim and budget: they submit. */
    static final Set<UnitKind> OKRUG_LEVEL = Set.of(UnitKind.RURAL_OKRUG, UnitKind.VILLAGE_ADMIN,
            UnitKind.SETTLEMENT_ADMIN, UnitKind.TOWN_ADMIN);

    static final DataSet READINESS = new DataSet("readiness.indicators", "readiness",
            new Title("Дайындық көрсеткіштері (жылдық)", "Показатели готовности (годовой)", "Readiness indicators (yearly)"),
            PeriodType.YEARLY, 60, OKRUG_LEVEL,
            Set.of("internet_households", "egov_services", "digital_staff", "population_served"));

    static final DataSet BUDGET_EXECUTION = new DataSet("okrug.budget-execution", "registry",
            new Title("Округ бюджетінің атқарылуы (айлық)", "Исполнение бюджета округа (ежемесячно)",
                    "Okrug budget execution (monthly)"),
            PeriodType.MONTHLY, 10, OKRUG_LEVEL, Set.of("revenue_plan", "revenue_actual", "spending_actual"));

    static final List<DataSet> ALL = List.of(READINESS, BUDGET_EXECUTION);

    private ShippedDataSets() {
    }
}
