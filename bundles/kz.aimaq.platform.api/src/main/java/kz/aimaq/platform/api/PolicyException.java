package kz.aimaq.platform.api;

/** A region policy change or file that is refused; the message says why. */
public class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }
}
