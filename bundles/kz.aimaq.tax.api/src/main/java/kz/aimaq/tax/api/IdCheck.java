package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * The outcome of checking an IIN or BIN.
 *
 * @param valid     whether the number may be used
 * @param kind      IIN or BIN, when that could be told; {@code null} otherwise
 * @param birthDate an IIN's decoded date of birth (century from digit 7); {@code null} otherwise
 * @param male      an IIN's sex from digit 7; {@code null} for a BIN or an invalid number
 * @param reason    why an invalid number is refused, in English; {@code null} when valid
 */
public record IdCheck(boolean valid, IdKind kind, LocalDate birthDate, Boolean male, String reason) {

    /** Keeps only the last four digits, so a view or export never shows who it is. */
    public static String mask(String number) {
        if (number == null || number.length() <= 4) {
            return "****";
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
