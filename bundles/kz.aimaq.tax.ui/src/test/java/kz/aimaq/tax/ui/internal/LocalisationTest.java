package kz.aimaq.tax.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.testing.LocalisationAssert;

class LocalisationTest {

    @Test
    void everyStringInEveryLanguage() throws Exception {
        LocalisationAssert.assertEveryKeyInEveryLanguage();
    }

    @Test
    void moneyIsExactAndGroupedByLocale() {
        assertEquals("45,412.50", TaxUi.money(45_412_50, Locale.ENGLISH));
        assertEquals(0x2E7D32, CollectionLayer.colour(new BigDecimal("100.0")));
        assertEquals(0xC62828, CollectionLayer.colour(new BigDecimal("49.9")));
        assertEquals(0xFFB300, CollectionLayer.colour(new BigDecimal("50")));
        assertEquals(0x9CCC65, CollectionLayer.colour(new BigDecimal("99.9")));
        assertEquals("Салық жинау, жоспардың %", kz.aimaq.platform.api.l10n.Messages
                .of(CollectionLayer.class, Languages.KAZAKH).get("layer.title"));
    }
}
