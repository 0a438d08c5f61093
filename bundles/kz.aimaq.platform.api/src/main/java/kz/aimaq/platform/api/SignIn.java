package kz.aimaq.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs the session in to the central database with the user's own database login; registered
 * by the storage bundle only in central mode and only until someone has signed in. The password
 * is handed on to the database (SCRAM) and never kept in a file or a log. A login without an
 * entry in the users table is refused and the refusal audited. Hidden from vendor add-ons.
 *
 * @since 1.3
 */
@ProviderType
public interface SignIn {

    /** What became of an attempt. */
    enum Outcome {
        /** The database accepted the login, which has an entry in the users table. */
        SIGNED_IN,
        /** The database refused the login or the password (it does not say which). */
        WRONG_PASSWORD,
        /** The password is right but the login has no entry in the users table. */
        NOT_A_USER,
        /** The server did not answer, or answered with another error ({@link Result#detail()}). */
        UNREACHABLE
    }

    /**
     * @param outcome what happened
     * @param detail  for {@link Outcome#UNREACHABLE}, the server's message (never the password); else empty
     */
    record Result(Outcome outcome, String detail) {
    }

    /** The server and database signed in to, e.g. {@code db.example.kz:5432/aimaq}, to show the user. */
    String server();

    /**
     * Tries the login; on success the database becomes available to the whole session.
     * Blocks while the server answers; call it off the UI thread where that matters.
     *
     * @param password cleared by the caller after the call; not kept here
     */
    Result signIn(String login, char[] password);
}
