package kz.aimaq.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Tenge and tiyn: parsing from files and showing in views and exports, exactly. */
final class Money {

    private Money() {
    }

    /** Tiyn of a tenge amount with up to two decimals, e.g. {@code 11796} or {@code 45412.50}. */
    static long parseTenge(String text) {
        BigDecimal tenge = new BigDecimal(text.replace(" ", "").replace("\u00A0", ""));
        if (tenge.scale() > 2) {
            throw new NumberFormatException("has more than 2 decimals (tiyn)");
        }
        return tenge.movePointRight(2).longValueExact();
    }

    /** Whole tiyn of an exact amount, half up. */
    static long tiyn(BigDecimal tenge) {
        return tenge.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Tenge with two decimals and no grouping, as files and the computation texts show it. */
    static String tenge(long tiyn) {
        return BigDecimal.valueOf(tiyn, 2).toPlainString();
    }

    /** Tenge with two decimals as the user writes numbers, for messages: {@code 6 044 000,00} in kk and ru. */
    static String tenge(long tiyn, Locale locale) {
        return shown(BigDecimal.valueOf(tiyn, 2), locale);
    }

    /** An exact number with its own decimals, grouped and with the decimal sign of the user's language. */
    static String shown(BigDecimal number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }
}
