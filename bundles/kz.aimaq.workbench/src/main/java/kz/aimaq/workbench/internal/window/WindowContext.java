package kz.aimaq.workbench.internal.window;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.internal.model.Selection;
import kz.aimaq.workbench.internal.model.ShellLog;

/**
 * What the window's parts share: the UI door, the user, the selection, the log, a worker
 * pool for look-ups that may block, and how long a contribution may take to appear.
 *
 * @param timeLimit how long a contribution may take to appear, as the settings say now
 * @param version  the workbench version shown in About
 */
public record WindowContext(UiSync ui, UserContext user, Selection selection, ShellLog log, Executor workers,
        Supplier<Duration> timeLimit, String version) {

    /** How long a contribution may take to appear. */
    public Duration timeout() {
        return timeLimit.get();
    }

    /** The workbench's own strings in the user's current language. */
    public Messages texts() {
        return texts(user.locale());
    }

    public static Messages texts(Locale locale) {
        return Messages.of(WindowContext.class, locale);
    }

    /** A failure as one line: its message, or its type when it has none. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
