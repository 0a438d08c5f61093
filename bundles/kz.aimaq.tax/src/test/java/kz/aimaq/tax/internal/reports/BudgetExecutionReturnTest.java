package kz.aimaq.tax.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.Title;

/** The execution return moved from kz.aimaq.reporting keeps what stored returns are checked against. */
class BudgetExecutionReturnTest {

    @Test
    void sameIdFieldsPeriodAndDeadlineAsBeforeTheMoveNowOfTheTaxModule() {
        DataSet moved = new BudgetExecutionReturn().dataSet();
        assertEquals("okrug.budget-execution", moved.id(), "stored returns name it by id");
        assertEquals(Set.of("revenue_plan", "revenue_actual", "spending_actual"), moved.fields(),
                "a stored return is checked against these fields");
        assertEquals(PeriodType.MONTHLY, moved.periodType());
        assertEquals(10, moved.daysAllowed());
        assertEquals(DataSet.OKRUG_LEVEL, moved.expectedKinds());
        assertEquals("tax", moved.module(), "expected only where the tax module is enabled");
    }

    @Test
    void everyFieldHasATitleInThreeLanguages() {
        BudgetExecutionReturn contribution = new BudgetExecutionReturn();
        for (String field : contribution.dataSet().fields()) {
            Title title = contribution.fieldTitle(field);
            assertNotEquals(field, title.en(), field);
            assertTrue(title.kk().matches(".*[әғқңөұүһі].*"), "Kazakh: " + title.kk());
            assertTrue(title.ru().matches(".*[а-я].*") && !title.ru().equals(title.kk()), "Russian: " + title.ru());
        }
    }
}
