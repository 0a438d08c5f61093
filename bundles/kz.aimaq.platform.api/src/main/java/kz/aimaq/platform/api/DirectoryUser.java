package kz.aimaq.platform.api;

import java.util.Set;

/**
 * A user of a central installation as its database keeps them.
 *
 * @param login the database login the user signs in with
 * @param roles the role ids ({@link Role#id()})
 * @param scope where the roles apply
 */
public record DirectoryUser(String login, Set<String> roles, Scope scope) {

    public DirectoryUser {
        roles = Set.copyOf(roles);
    }
}
