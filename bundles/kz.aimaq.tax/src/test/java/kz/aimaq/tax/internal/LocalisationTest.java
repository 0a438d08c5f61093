package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.testing.LocalisationAssert;

class LocalisationTest {

    @Test
    void everyStringInEveryLanguage() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }

    @Test
    void everyComputationStepInEveryLanguage() {
        // the same checks as for report texts: every key in kk, ru and en, Kazakh letters in the Kazakh file
        assertEquals(List.of(), ReportStrings.problems(Computation.class, "tax-computation"));
    }

    @Test
    void everyInputProblemInEveryLanguage() {
        // what a Kazakh or Russian accountant reads about a bad bank, plan or reference file
        assertEquals(List.of(), ReportStrings.problems(ProblemTexts.class, ProblemTexts.NAME));
    }
}
