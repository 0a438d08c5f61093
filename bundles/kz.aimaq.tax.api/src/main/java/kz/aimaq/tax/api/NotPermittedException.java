package kz.aimaq.tax.api;

/** A write or a read of personal data outside the user's role or region scope; the refusal is audited. */
public final class NotPermittedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String okrug;

    public NotPermittedException(String user, String what, String okrug) {
        super(user + " may not " + what + " for okrug " + okrug);
        this.okrug = okrug;
    }

    public String okrug() {
        return okrug;
    }
}
