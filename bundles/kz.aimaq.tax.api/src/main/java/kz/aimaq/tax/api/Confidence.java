package kz.aimaq.tax.api;

/** How sure the shipped reference data is of a row, as TAX.md marks it. */
public enum Confidence {
    /** An official source or several consistent independent ones. */
    HIGH,
    /** One credible secondary source: shown as unverified. */
    MEDIUM,
    /** Recollection, inference or disagreeing sources: shown as unverified. */
    LOW;

    /** Whether the UI must flag a row of this confidence as unverified. */
    public boolean unverified() {
        return this != HIGH;
    }

    /** H, M or L as the reference files write it. */
    public static Confidence ofLetter(String letter) {
        return switch (letter) {
            case "H" -> HIGH;
            case "M" -> MEDIUM;
            case "L" -> LOW;
            default -> throw new IllegalArgumentException("confidence must be H, M or L, not '" + letter + "'");
        };
    }
}
