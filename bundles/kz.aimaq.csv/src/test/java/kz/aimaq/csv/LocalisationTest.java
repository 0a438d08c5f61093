package kz.aimaq.csv;

import org.junit.jupiter.api.Test;

import kz.aimaq.testing.LocalisationAssert;

class LocalisationTest {

    @Test
    void everyMessageInKazakhRussianAndEnglish() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }
}
