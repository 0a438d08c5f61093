package kz.aimaq.tax.internal;

/** KATO codes ({@code AB CD EF HIJ}) as prefixes of the codes they contain. */
final class Kato {

    private Kato() {
    }

    /**
     * The prefix every code inside the unit starts with: the code without its trailing all-zero
     * segments; {@code ""} (the country) for a blank code.
     */
    static String prefix(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (!code.matches("\\d{9}")) {
            throw new IllegalArgumentException("a KATO code has 9 digits: '" + code + "'");
        }
        if (!code.endsWith("000")) {
            return code;
        }
        if (!code.startsWith("00", 4)) {
            return code.substring(0, 6);
        }
        return code.startsWith("00", 2) ? code.substring(0, 2) : code.substring(0, 4);
    }
}
