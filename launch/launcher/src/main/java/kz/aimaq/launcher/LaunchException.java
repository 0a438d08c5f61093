package kz.aimaq.launcher;

/** The workbench cannot start; the message says why and what to do. */
final class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    LaunchException(String message) {
        super(message);
    }
}
