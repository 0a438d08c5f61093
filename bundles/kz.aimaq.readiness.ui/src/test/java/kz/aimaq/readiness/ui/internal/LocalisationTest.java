package kz.aimaq.readiness.ui.internal;

import org.junit.jupiter.api.Test;

import kz.aimaq.testing.LocalisationAssert;

class LocalisationTest {

    @Test
    void everyStringExistsInKazakhRussianAndEnglish() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }
}
