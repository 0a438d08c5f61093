package kz.aimaq.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void latinUsesThe2021Letters() {
        assertEquals("Qazaqstan Respublikasy", Latin.of("Қазақстан Республикасы"));
        assertEquals("Ūlytau Ölkesı", Latin.of("Ұлытау Өлкесі"));
        assertEquals("Şyğys Äbdıkerım Ñ Ü H İ", Latin.of("Шығыс Әбдікерім Ң Ү Һ И"));
        assertEquals("Fort-Şevchenko q.", Latin.of("Форт-Шевченко ќ."));
        assertEquals("Kärkes a.", Latin.of("Кјркес а."));
    }

    @Test
    void latinCollapsesSpacesLeftByDroppedLettersAndNoBreakSpaces() {
        assertEquals("Aq Jol", Latin.of(" Ақ \u00a0 ъ  Жол "));
        assertEquals("Podiom", Latin.of("Подъём"));
    }

    @Test
    void foldingIgnoresCaseKazakhLettersYoAndPunctuation() {
        assertEquals("конаев к а", SearchText.fold("Қонаев Қ.Ә."));
        assertEquals("березовский с о", SearchText.fold("Берёзовский  с.о."));
        assertEquals("qonaev q a", SearchText.fold("Qonaev Q.Ä."));
        assertEquals(List.of("с", "о", "им", "бактыбая"), SearchText.words("с.о.им.Бактыбая"));
    }
}
