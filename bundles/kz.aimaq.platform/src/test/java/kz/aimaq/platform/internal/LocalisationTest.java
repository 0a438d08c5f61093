package kz.aimaq.platform.internal;

import org.junit.jupiter.api.Test;

import kz.aimaq.testing.LocalisationAssert;

class LocalisationTest {

    @Test
    void everyMessageExistsInKazakhRussianAndEnglish() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }
}
