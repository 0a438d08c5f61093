package kz.aimaq.storage.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import kz.aimaq.platform.api.SignIn;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * A headless command's sign-in in central mode, run by the launcher before the command: the
 * login is {@code --user} or the operating-system user, the password is what PostgreSQL's own
 * tools would use ({@code PGPASSWORD}, {@code ~/.pgpass}) or, on a terminal, typed without echo
 * (three tries). Never from an option, so it is in no shell history or process list.
 */
final class ConsoleSignIn implements BooleanSupplier {

    private static final int TRIES = 3;

    private final SignIn signIn;
    private final String login;
    private final Supplier<Optional<char[]>> stored;
    private final Console console;
    private final PrintStream err;
    private final Messages messages;

    /** @param console the terminal, {@code null} when there is none (a script, a pipe) */
    ConsoleSignIn(SignIn signIn, String login, Supplier<Optional<char[]>> stored, Console console, PrintStream err,
            Messages messages) {
        this.signIn = signIn;
        this.login = login;
        this.stored = stored;
        this.console = console;
        this.err = err;
        this.messages = messages;
    }

    @Override
    public boolean getAsBoolean() {
        Optional<char[]> known = stored.get();
        if (known.isPresent()) {
            return attempt(known.get()) == SignIn.Outcome.SIGNED_IN;
        }
        if (console == null) {
            err.println(messages.get("signin.noPassword", login, signIn.server()));
            return false;
        }
        for (int i = 0; i < TRIES; i++) {
            String prompt = messages.get("signin.prompt", login, signIn.server());
            char[] typed = console.readPassword(prompt.replace("%", "%%"));
            if (typed == null) {
                return false;
            }
            SignIn.Outcome outcome = attempt(typed);
            if (outcome != SignIn.Outcome.WRONG_PASSWORD) {
                return outcome == SignIn.Outcome.SIGNED_IN;
            }
        }
        return false;
    }

    private SignIn.Outcome attempt(char[] password) {
        try {
            SignIn.Result result = signIn.signIn(login, password);
            if (result.outcome() != SignIn.Outcome.SIGNED_IN) {
                err.println(message(messages, result, login, signIn.server()));
            }
            return result.outcome();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The localised sentence for a refused sign-in. */
    static String message(Messages messages, SignIn.Result result, String login, String server) {
        return switch (result.outcome()) {
            case WRONG_PASSWORD -> messages.get("signin.wrongPassword", login, server);
            case NOT_A_USER -> messages.get("signin.notAUser", login);
            case UNREACHABLE -> messages.get("signin.unreachable", server, result.detail());
            case SIGNED_IN -> "";
        };
    }
}
