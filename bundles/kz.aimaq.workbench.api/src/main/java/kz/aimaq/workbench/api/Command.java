package kz.aimaq.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command and its handler. Register with {@link CommandRegistration}; the shell puts it
 * into the menu, the toolbar and the key bindings its properties name. Runs on the UI
 * thread: long work goes to the platform's {@code JobService}. A command that throws is
 * reported in the status line and the log; the shell stays up.
 */
@ConsumerType
public interface Command {

    void execute(CommandContext context) throws Exception;

    /** Whether the command can run now; the shell greys out its items otherwise. */
    default boolean isEnabled(CommandContext context) {
        return true;
    }
}
