package kz.aimaq.reporting.internal.returns;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.DataSetContribution;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.Title;

/**
 * The okrug's monthly budget execution, a return every okrug-level unit owes. Contributed here
 * until the tax module, whose figures it summarises, contributes its own execution return.
 */
@Component(service = DataSetContribution.class)
public final class BudgetExecutionDataSet implements DataSetContribution {

    public static final DataSet DATA_SET = new DataSet("okrug.budget-execution", "reporting",
            new Title("Округ бюджетінің атқарылуы (айлық)", "Исполнение бюджета округа (ежемесячно)",
                    "Okrug budget execution (monthly)"),
            PeriodType.MONTHLY, 10, DataSet.OKRUG_LEVEL, Set.of("revenue_plan", "revenue_actual", "spending_actual"));

    @Override
    public DataSet dataSet() {
        return DATA_SET;
    }
}
