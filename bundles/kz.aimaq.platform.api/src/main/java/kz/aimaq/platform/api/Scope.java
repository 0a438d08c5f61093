package kz.aimaq.platform.api;

import java.util.Objects;

/**
 * Where a user's rights apply: the whole nation, or one region, district or okrug (rural
 * district) and everything inside it, named by its 9-digit KATO code {@code AB CD EF HIJ}.
 *
 * @param level how wide
 * @param code  the KATO code of the area; {@link #NATION_CODE} for the nation
 */
public record Scope(Level level, String code) {

    /** The code that stands for the whole nation. */
    public static final String NATION_CODE = "000000000";

    /** The whole nation. */
    public static final Scope NATION = new Scope(Level.NATION, NATION_CODE);

    /** The levels of KATO a scope can be set at, with how many leading digits name the area. */
    public enum Level {
        NATION(0), REGION(2), DISTRICT(4), OKRUG(6);

        private final int digits;

        Level(int digits) {
            this.digits = digits;
        }

        /** How many leading digits of a KATO code name an area of this level. */
        public int digits() {
            return digits;
        }
    }

    public Scope {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{9}")) {
            throw new IllegalArgumentException("not a 9-digit KATO code: " + code);
        }
        if (!code.substring(level.digits).matches("0*") || level != levelOf(code)) {
            throw new IllegalArgumentException(code + " is not the code of a " + level.name().toLowerCase()
                    + " (a region is AB0000000, a district ABCD00000, an okrug ABCDEF000)");
        }
    }

    /**
     * The scope of the area with this code: {@code 000000000} (or blank) the nation, {@code AB0000000}
     * a region, {@code ABCD00000} a district, {@code ABCDEF000} an okrug. A 2-digit region
     * prefix such as {@code 19} is accepted too.
     *
     * @throws IllegalArgumentException naming the code when it is none of these
     */
    public static Scope of(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.isEmpty() || NATION_CODE.equals(trimmed)) {
            return NATION;
        }
        if (trimmed.matches("\\d{2}")) {
            trimmed = trimmed + "0000000";
        }
        if (!trimmed.matches("\\d{9}")) {
            throw new IllegalArgumentException("'" + code + "' is not a scope: give a 9-digit KATO code of a region,"
                    + " district or okrug (e.g. 190000000, 194000000, 194030000), or 000000000 for the nation");
        }
        if (!trimmed.endsWith("000")) {
            throw new IllegalArgumentException("'" + code + "' is a settlement, not a scope: a scope is a region,"
                    + " district or okrug (its code ends in 000)");
        }
        return new Scope(levelOf(trimmed), trimmed);
    }

    private static Level levelOf(String code) {
        if (NATION_CODE.equals(code)) {
            return Level.NATION;
        }
        if (code.startsWith("0000000", 2)) {
            return Level.REGION;
        }
        if (code.startsWith("00000", 4)) {
            return Level.DISTRICT;
        }
        return Level.OKRUG;
    }

    /** Whether the unit with this KATO code lies in this scope ({@code null} or blank: only the nation covers it). */
    public boolean covers(String kato) {
        if (level == Level.NATION) {
            return true;
        }
        return kato != null && kato.length() == 9 && kato.startsWith(code.substring(0, level.digits));
    }

    /** Whether all of {@code other} lies in this scope. */
    public boolean covers(Scope other) {
        return level == Level.NATION || (other.level != Level.NATION && covers(other.code));
    }

    /** The top-level region's code this scope lies in; {@code null} for the nation. */
    public String regionCode() {
        return level == Level.NATION ? null : code.substring(0, 2) + "0000000";
    }

    @Override
    public String toString() {
        return level == Level.NATION ? "nation" : level.name().toLowerCase() + " " + code;
    }
}
