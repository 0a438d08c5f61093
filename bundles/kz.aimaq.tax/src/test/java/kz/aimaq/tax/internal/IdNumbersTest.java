package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.IdKind;

/** The IIN/BIN test vectors of TAX.md (c), and properties of the check digit. */
class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @CsvSource({"880101190003,IIN", "860715190008,IIN", "881231290001,IIN", "870309291805,IIN", "000101490109,IIN",
            "880101190408,IIN", "050740900000,BIN", "050740900107,BIN", "120560900008,BIN", "180341900008,BIN",
            "201042900206,BIN", "991241900706,BIN"})
    void validNumbers(String number, IdKind kind) {
        IdCheck check = IdNumbers.check(number, TODAY);
        assertTrue(check.valid(), number + ": " + check.reason());
        assertEquals(kind, check.kind());
    }

    @ParameterizedTest
    @CsvSource({"880101190004,check digit", "880101190410,never issued", "000229499902,no date of birth",
            "880101090003,digit 7", "990615599901,future", "88010119000,12 digits", "8801011900O3,digits only",
            "050740900001,check digit", "050740900170,never issued", "051340900000,month", "050770900000,digit 5"})
    void invalidNumbersSayWhy(String number, String reason) {
        IdCheck check = IdNumbers.check(number, TODAY);
        assertFalse(check.valid(), number);
        assertTrue(check.reason().contains(reason), number + ": " + check.reason());
    }

    @Test
    void birthDateCenturyAndSexAreDecoded() {
        IdCheck male1888 = IdNumbers.check("880101190003", TODAY);
        assertEquals(LocalDate.of(1888, 1, 1), male1888.birthDate());
        assertTrue(male1888.male());
        IdCheck female1900 = IdNumbers.check("000101490109", TODAY);
        assertEquals(LocalDate.of(1900, 1, 1), female1900.birthDate());
        assertFalse(female1900.male());
    }

    /** Any 11 digits get a check digit that validates, unless both series give 10; any other last digit fails. */
    @Test
    void checkDigitProperty() {
        Random random = new Random(20261206);
        int secondSeries = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder first11 = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                first11.append(random.nextInt(10));
            }
            int digit = IdNumbers.checkDigit(first11.toString());
            int firstSum = 0;
            for (int i = 0; i < 11; i++) {
                firstSum += (first11.charAt(i) - '0') * (i + 1);
            }
            if (firstSum % 11 == 10) {
                secondSeries++;
            } else {
                assertEquals(firstSum % 11, digit, "the first series decides when it does not give 10");
            }
            for (int last = 0; last <= 9; last++) {
                IdCheck check = IdNumbers.check(first11.toString() + last, TODAY);
                if (digit < 0 || last != digit) {
                    assertFalse(check.valid(), first11 + "" + last);
                } else {
                    assertTrue(check.valid() || !check.reason().contains("check digit"), check.reason());
                }
            }
        }
        assertTrue(secondSeries > 1000, "about one in 11 numbers needs the second series: " + secondSeries);
    }

    @Test
    void masksAllButTheLastFour() {
        assertEquals("********0003", IdCheck.mask("880101190003"));
    }
}
