package kz.aimaq.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalisationTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("kk"),
            Locale.forLanguageTag("ru"));

    @Test
    void everyProblemIsSaidInKazakhRussianAndEnglishEachInItsOwnWords() {
        for (CsvProblem.Kind kind : CsvProblem.Kind.values()) {
            List<String> arguments = kind == CsvProblem.Kind.FIELD_COUNT ? List.of("2", "3", ";")
                    : kind == CsvProblem.Kind.NOT_UTF8 ? List.of("4", "9") : List.of();
            CsvProblem problem = new CsvProblem(1, "-", kind, arguments);
            List<String> texts = LANGUAGES.stream().map(problem::message).toList();
            assertEquals(3, texts.stream().distinct().count(), texts::toString);
            assertTrue(texts.stream().noneMatch(t -> t.contains("{") || t.isBlank()), texts::toString);
            assertTrue(texts.get(1).chars().anyMatch(c -> "әғқңөұүһі".indexOf(c) >= 0), texts.get(1));
            arguments.forEach(a -> assertTrue(texts.stream().allMatch(t -> t.contains(a)), texts + " " + a));
        }
    }
}
