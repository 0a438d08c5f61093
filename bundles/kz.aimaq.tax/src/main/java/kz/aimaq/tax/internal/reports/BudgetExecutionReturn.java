package kz.aimaq.tax.internal.reports;

import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.DataSetContribution;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.Title;

/**
 * The okrug's monthly budget execution return, which every okrug-level unit of a region with the
 * tax module enabled owes within 10 days of the month (the reporting module expects a data set only
 * where its module is enabled). Moved here from kz.aimaq.reporting with the same id and fields, so
 * that returns stored before stay valid.
 */
@Component(service = DataSetContribution.class)
public final class BudgetExecutionReturn implements DataSetContribution {

    static final DataSet DATA_SET = new DataSet("okrug.budget-execution", TaxReportData.MODULE,
            new Title("Округ бюджетінің атқарылуы (айлық)", "Исполнение бюджета округа (ежемесячно)",
                    "Okrug budget execution (monthly)"),
            PeriodType.MONTHLY, 10, DataSet.OKRUG_LEVEL, Set.of("revenue_plan", "revenue_actual", "spending_actual"));

    private static final Map<String, Title> FIELDS = Map.of(
            "revenue_plan", new Title("Кірістер жоспары", "План доходов", "Revenue plan"),
            "revenue_actual", new Title("Кірістердің нақты түсімі", "Фактическое поступление доходов", "Revenue actual"),
            "spending_actual", new Title("Шығыстардың нақты атқарылуы", "Фактическое исполнение расходов",
                    "Spending actual"));

    @Override
    public DataSet dataSet() {
        return DATA_SET;
    }

    @Override
    public Title fieldTitle(String field) {
        return FIELDS.getOrDefault(field, Title.of(field));
    }
}
