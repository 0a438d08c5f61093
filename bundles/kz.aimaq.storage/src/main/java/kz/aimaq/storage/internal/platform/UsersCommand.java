package kz.aimaq.storage.internal.platform;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserDirectory;
import kz.aimaq.platform.api.cli.CliCommand;

/**
 * {@code users list | users add LOGIN --roles R[,R] --scope KATO | users set LOGIN --roles R[,R] --scope KATO}:
 * the Users view on the command line (central mode). {@code add} also creates the user's own
 * database login; its first password is typed on the terminal (twice) or, without one, read as
 * the first line of standard input, never taken from an option.
 */
@Component(property = { CliCommand.NAME + "=users", CliCommand.USAGE + "=" + UsersCommand.USAGE })
public final class UsersCommand implements CliCommand {

    static final String USAGE = "users list | users add LOGIN --roles ROLE[,ROLE] --scope KATO"
            + " | users set LOGIN --roles ROLE[,ROLE] --scope KATO";

    private final UserDirectory directory;

    @Activate
    public UsersCommand(@Reference UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        try {
            if (arguments.size() == 1 && arguments.get(0).equals("list")) {
                for (DirectoryUser u : directory.users()) {
                    out.println(u.login() + "\t" + String.join(",", new TreeSet<>(u.roles())) + "\t" + u.scope().code());
                }
                return 0;
            }
            if (arguments.size() == 6 && (arguments.get(0).equals("add") || arguments.get(0).equals("set"))
                    && arguments.get(2).equals("--roles") && arguments.get(4).equals("--scope")) {
                Set<String> roles = new LinkedHashSet<>();
                Arrays.stream(arguments.get(3).split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .forEach(roles::add);
                DirectoryUser user = new DirectoryUser(arguments.get(1), roles, Scope.of(arguments.get(5)));
                if (arguments.get(0).equals("add")) {
                    char[] password = newPassword(user.login(), err);
                    if (password == null) {
                        return 1;
                    }
                    try {
                        directory.createLogin(user.login(), password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                }
                directory.save(user);
                out.println("users: " + user.login() + " saved: roles " + String.join(",", new TreeSet<>(roles))
                        + ", scope " + user.scope().code());
                return 0;
            }
            err.println("usage: " + USAGE);
            return 2;
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
            err.println("users: " + e.getMessage());
            return 1;
        }
    }

    private static char[] newPassword(String login, PrintStream err) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("New password of %s: ", login);
            char[] again = console.readPassword("The same again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("users: the two passwords differ; nothing was created");
                return null;
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                err.println("users: no password on standard input for the new login " + login);
                return null;
            }
            return line.toCharArray();
        } catch (IOException e) {
            err.println("users: standard input cannot be read: " + e.getMessage());
            return null;
        }
    }
}
