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
    void foldingIgnoresCaseScriptKazakhLettersYoAndPunctuation() {
        assertEquals("konaev k a", SearchText.fold("Қонаев Қ.Ә."));
        assertEquals("berezovskii s o", SearchText.fold("Берёзовский  с.о."));
        assertEquals("konaev k a", SearchText.fold("Qonaev Q.Ä."));
        assertEquals(List.of("s", "o", "im", "baktibaia"), SearchText.words("с.о.им.Бактыбая"));
    }

    @Test
    void theSpellingsPeopleTypeFoldAlike() {
        for (String spelling : List.of("Қарағанды", "Qarağandy", "Qaragandy", "Karagandy", "Qarag'andy", "KARAGANDY")) {
            assertEquals("karagandi", SearchText.fold(spelling), spelling);
        }
        for (String spelling : List.of("Жамбыл", "Jambyl", "Zhambyl")) {
            assertEquals("jambil", SearchText.fold(spelling), spelling);
        }
        for (String spelling : List.of("Шымкент", "Şymkent", "Shymkent")) {
            assertEquals("shimkent", SearchText.fold(spelling), spelling);
        }
        assertEquals("hromtau", SearchText.fold("Khromtau"));
        assertEquals(SearchText.fold("Хромтау"), SearchText.fold("Khromtau"));
    }

    @Test
    void queryWordsAreCutToTheirStemButKeepFourLetters() {
        assertEquals(List.of("karagand"), SearchText.queryWords("Караганда"));
        assertEquals(List.of("karagand"), SearchText.queryWords("Karagandy"));
        assertEquals(List.of("karagandinsk", "oblast"), SearchText.queryWords("Карагандинская область"));
        assertEquals(List.of("abai"), SearchText.queryWords("Абай"));
        assertEquals(List.of("ali"), SearchText.queryWords("Али"));
    }
}
