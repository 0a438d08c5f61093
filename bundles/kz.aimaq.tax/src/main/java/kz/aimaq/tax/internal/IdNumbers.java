package kz.aimaq.tax.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import kz.aimaq.platform.api.l10n.Messages;

import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.IdKind;

/**
 * IIN and BIN checks (Law No. 223 of 12 Jan 2007; Government decree No. 406): the check digit by
 * the first weight series, the second when the first gives 10, never issued when both do; an
 * IIN's birth date and century from digit 7; a BIN's month, type and attribute digits.
 */
final class IdNumbers {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IdNumbers() {
    }

    /** The check digit of the first 11 digits, or -1 when both series give 10 (never issued). */
    static int checkDigit(String first11) {
        for (int[] weights : new int[][] {FIRST_WEIGHTS, SECOND_WEIGHTS}) {
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (first11.charAt(i) - '0') * weights[i];
            }
            int r = sum % 11;
            if (r != 10) {
                return r;
            }
        }
        return -1;
    }

    /** Checks a number as of {@code today} (an IIN's birth date may not lie after it); reasons in English. */
    static IdCheck check(String number, LocalDate today) {
        return check(number, today, ProblemTexts.of(Locale.ENGLISH));
    }

    /** Checks a number as of {@code today}, a refusal's reason said in the language of {@code texts}. */
    static IdCheck check(String number, LocalDate today, Messages texts) {
        if (number == null || number.length() != 12) {
            return refused(texts, null, "id.length", number == null ? 0 : number.length());
        }
        for (int i = 0; i < 12; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return refused(texts, null, "id.digits", i + 1, String.valueOf(number.charAt(i)));
            }
        }
        int fifth = number.charAt(4) - '0';
        IdCheck structure = fifth <= 3 ? iinStructure(number, texts) : binStructure(number, texts);
        if (structure != null) {
            return structure;
        }
        int expected = checkDigit(number.substring(0, 11));
        if (expected < 0) {
            return refused(texts, null, "id.neverIssued");
        }
        if (expected != number.charAt(11) - '0') {
            return refused(texts, null, "id.checkDigit", String.valueOf(number.charAt(11)), String.valueOf(expected));
        }
        return fifth <= 3 ? iin(number, today, texts) : new IdCheck(true, IdKind.BIN, null, null, null);
    }

    private static IdCheck iinStructure(String number, Messages texts) {
        int centuryAndSex = number.charAt(6) - '0';
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            return refused(texts, IdKind.IIN, "id.century", String.valueOf(centuryAndSex));
        }
        return null;
    }

    private static IdCheck iin(String number, LocalDate today, Messages texts) {
        int centuryAndSex = number.charAt(6) - '0';
        int century = 1800 + 100 * ((centuryAndSex - 1) / 2);
        int year = century + Integer.parseInt(number.substring(0, 2));
        LocalDate birth;
        try {
            birth = LocalDate.of(year, Integer.parseInt(number.substring(2, 4)), Integer.parseInt(number.substring(4, 6)));
        } catch (DateTimeException e) {
            return refused(texts, IdKind.IIN, "id.birthDate", year, number.substring(0, 6));
        }
        if (birth.isAfter(today)) {
            return refused(texts, IdKind.IIN, "id.birthFuture", birth.toString());
        }
        return new IdCheck(true, IdKind.IIN, birth, centuryAndSex % 2 == 1, null);
    }

    private static IdCheck binStructure(String number, Messages texts) {
        int month = Integer.parseInt(number.substring(2, 4));
        if (month < 1 || month > 12) {
            return refused(texts, IdKind.BIN, "id.binMonth", number.substring(2, 4));
        }
        int type = number.charAt(4) - '0';
        if (type > 6) {
            return refused(texts, null, "id.type", String.valueOf(type));
        }
        int attribute = number.charAt(5) - '0';
        if (attribute > 3) {
            return refused(texts, IdKind.BIN, "id.attribute", String.valueOf(attribute));
        }
        return null;
    }

    private static IdCheck refused(Messages texts, IdKind kind, String key, Object... arguments) {
        return new IdCheck(false, kind, null, null, texts.get(key, arguments));
    }
}
