package kz.aimaq.tax.internal;

/** The payments of both payment tables (recent and moved), for the tests' plain SQL over every payment. */
public final class AllPayments {

    /** A FROM item: every stored payment, however far it has moved. */
    public static final String TABLE = "(SELECT * FROM " + TaxStore.PAYMENTS + " UNION ALL SELECT * FROM "
            + TaxStore.RECENT_PAYMENTS + ") stored";

    private AllPayments() {
    }
}
