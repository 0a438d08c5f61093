package kz.aimaq.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The users of a central installation, their roles and scope, kept in the central database
 * (each signs in with their own database login). Registered only in central mode; in embedded
 * mode the operating-system user is the one local user. Changing it needs
 * {@link Right#MANAGE_USERS}, and an administrator gives no one a role or a scope beyond their
 * own; every change and refusal is audited. Hidden from vendor add-ons.
 *
 * @since 1.2
 */
@ProviderType
public interface UserDirectory {

    /** The login this session signed in with. */
    String currentLogin();

    Optional<DirectoryUser> find(String login);

    List<DirectoryUser> users();

    /**
     * Creates or changes a user's roles and scope.
     *
     * @throws AccessDeniedException    unless the current user may manage users over that scope and holds every role given
     * @throws IllegalArgumentException naming the field when a role is unknown or the login blank
     */
    void save(DirectoryUser user);

    /** @throws AccessDeniedException unless the current user may manage users over that user's scope */
    void remove(String login);

    /**
     * Creates the database login a new user signs in with ({@code CREATE ROLE ... LOGIN}, the
     * password stored as SCRAM by the server) as a member of the application's group role. The
     * current user's own login needs the right to create roles; audited, the password never.
     *
     * @param password typed by the administrator; cleared by the caller after the call
     * @throws AccessDeniedException    unless the current user may manage users
     * @throws IllegalArgumentException naming the field when the login is no plain role name or the password empty
     * @throws IllegalStateException    with the server's reason when the database refuses
     * @since 1.3
     */
    void createLogin(String login, char[] password);
}
