package kz.aimaq.tax.api;

/** What a 12-digit identification number identifies. */
public enum IdKind {
    /** An individual's IIN: personal data, masked in views and exports. */
    IIN,
    /** A legal entity's, branch's or joint entrepreneurship's BIN. */
    BIN
}
