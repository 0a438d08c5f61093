package kz.aimaq.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How Aimaq writes CSV for a user: the separator and decimal mark that their spreadsheet expects
 * (Excel with Kazakh or Russian regional settings splits on {@code ;} and reads {@code 3,5};
 * English settings split on {@code ,} and read {@code 3.5}), headers in their language with the
 * stable column code beside it, yes/no as 1/0, numbers at a stated precision.
 *
 * @param separator   {@code ;} or {@code ,}
 * @param decimalMark {@code ,} or {@code .}; never the same as the separator
 */
public record CsvConvention(char separator, char decimalMark) {

    /** {@code ;} and a decimal comma. */
    public static final CsvConvention SEMICOLON = new CsvConvention(';', ',');

    /** {@code ,} and a decimal point (RFC 4180, and what most tools other than a localised Excel expect). */
    public static final CsvConvention COMMA = new CsvConvention(',', '.');

    public CsvConvention {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("CSV separator '" + separator + "': use ';' or ','");
        }
        if (decimalMark != ',' && decimalMark != '.' || decimalMark == separator) {
            throw new IllegalArgumentException("decimal mark '" + decimalMark + "' with separator '" + separator + "'");
        }
    }

    /** The convention of a workbench language: Kazakh and Russian {@link #SEMICOLON}, English {@link #COMMA}. */
    public static CsvConvention of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? COMMA : SEMICOLON;
    }

    /** A column header: the label in the user's language and the code that importers match, {@code Label [code]}. */
    public String header(String label, String code) {
        return label.equals(code) ? code : label + " [" + code + "]";
    }

    /** A number rounded half up to {@code scale} decimals, with this decimal mark; empty for none. */
    public String number(BigDecimal value, int scale) {
        if (value == null) {
            return "";
        }
        String plain = value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }

    /** A measured value to {@code scale} decimals; empty for NaN (no value). */
    public String number(double value, int scale) {
        return Double.isNaN(value) ? "" : number(BigDecimal.valueOf(value), scale);
    }

    /** A whole number, without grouping; empty for none. */
    public String integer(Number value) {
        return value == null ? "" : value.toString();
    }

    /** Yes or no as 1 or 0, which every spreadsheet can sum and every importer reads. */
    public String flag(boolean value) {
        return value ? "1" : "0";
    }
}
