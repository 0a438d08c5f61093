package kz.aimaq.tax.internal;

import org.junit.jupiter.api.Test;

import kz.aimaq.testing.LocalisationAssert;

class LocalisationTest {

    @Test
    void everyStringInEveryLanguage() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }
}
