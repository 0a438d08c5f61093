package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * The outcome of checking an IIN or BIN.
 *
 * @param valid     whether the number may be used
 * @param kind      IIN or BIN, when that could be told; {@code null} otherwise
 * @param birthDate an IIN's decoded date of birth (century from digit 7); {@code null} otherwise
 * @param male      an IIN's sex from digit 7; {@code null} for a BIN or an invalid number
 * @param reason    why an invalid number is refused, in the language it was checked for (the
 *                  user's); {@code null} when valid
 */
public record IdCheck(boolean valid, IdKind kind, LocalDate birthDate, Boolean male, String reason) {

    /** Keeps only the last four digits, so a view or export never shows who it is. */
    public static String mask(String number) {
        if (number == null || number.length() <= 4) {
            return "****";
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    /**
     * A taxpayer's number as views and exports show it: a BIN (digit 5 is 4, 5 or 6) names an
     * organisation and is shown whole; an IIN is personal data and is masked.
     *
     * @since 1.2
     */
    public static String shown(String number) {
        return number != null && number.length() == 12 && number.charAt(4) >= '4' ? number : mask(number);
    }
}
