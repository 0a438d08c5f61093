package kz.aimaq.reporting.api;

/** A report that cannot be made as asked; the message says why in the user's language. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
