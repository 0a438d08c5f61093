package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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

    @Test
    void inputProblemQuotesShowAsWritten() {
        // Messages formats a text only when given arguments: there a quote is written twice, elsewhere once
        for (String language : List.of("en", "kk", "ru")) {
            ResourceBundle texts = ResourceBundle.getBundle("OSGI-INF/l10n/" + ProblemTexts.NAME,
                    Locale.forLanguageTag(language), ProblemTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : texts.keySet()) {
                String text = texts.getString(key);
                boolean formatted = text.contains("{");
                assertFalse(formatted ? text.replace("''", "").contains("'") : text.contains("''"),
                        language + " " + key + ": " + text);
            }
        }
    }
}
