package kz.aimaq.workbench.internal.window;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Command;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.internal.model.CommandDescriptor;

/**
 * Gets command services lazily (off the UI thread, with a time limit) and runs them on the
 * UI thread; a command that fails to appear, throws or says it cannot be enabled is reported
 * in the status line and the log, never beyond.
 */
final class CommandRunner {

    private final WindowContext context;
    private final Supplier<Shell> shell;
    private final Consumer<String> status;
    private final Predicate<String> viewOpener;
    private final Map<CommandDescriptor, CompletableFuture<Command>> handles = new ConcurrentHashMap<>();

    CommandRunner(WindowContext context, Supplier<Shell> shell, Consumer<String> status, Predicate<String> viewOpener) {
        this.context = context;
        this.shell = shell;
        this.status = status;
        this.viewOpener = viewOpener;
    }

    /** Runs the command on the UI thread once its service is there. */
    void execute(CommandDescriptor command) {
        handle(command).copy().orTimeout(context.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((found, error) -> context.ui().async(() -> run(command, found, error)));
    }

    /** Whether the command can run; true while its service is still being looked up. */
    boolean isEnabled(CommandDescriptor command) {
        CompletableFuture<Command> handle = handle(command);
        if (!handle.isDone()) {
            return true;
        }
        if (handle.isCompletedExceptionally()) {
            return false;
        }
        try {
            return handle.join().isEnabled(contextFor(command));
        } catch (RuntimeException | LinkageError e) {
            context.log().error("command " + command.id() + " failed in isEnabled (bundle "
                    + command.contributor().bundleName() + "): " + WindowContext.describe(e), e);
            return false;
        }
    }

    /** Gives back the services of commands that are no longer registered. */
    void retain(Collection<CommandDescriptor> current) {
        for (CommandDescriptor known : handles.keySet()) {
            if (!current.contains(known)) {
                release(known);
            }
        }
    }

    void releaseAll() {
        handles.keySet().forEach(this::release);
    }

    private void release(CommandDescriptor command) {
        CompletableFuture<Command> handle = handles.remove(command);
        if (handle != null) {
            handle.thenAccept(found -> {
                try {
                    command.source().release(found);
                } catch (RuntimeException e) {
                    context.log().warn("releasing command " + command.id() + " failed: " + WindowContext.describe(e));
                }
            });
        }
    }

    private CompletableFuture<Command> handle(CommandDescriptor command) {
        return handles.computeIfAbsent(command, c -> CompletableFuture.supplyAsync(() -> {
            try {
                Command found = c.source().acquire();
                if (found == null) {
                    throw new IllegalStateException("no service object: its component did not activate or it was unregistered");
                }
                return found;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, context.workers()));
    }

    private void run(CommandDescriptor command, Command found, Throwable error) {
        Throwable failure = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (failure == null) {
            try {
                found.execute(contextFor(command));
                return;
            } catch (Exception | LinkageError e) {
                failure = e;
            }
        }
        Messages texts = context.texts();
        String reason = failure instanceof TimeoutException
                ? texts.get("view.timeout", context.timeout().toMillis())
                : WindowContext.describe(failure);
        String label = command.contributor().text(command.label(), context.user().locale());
        status.accept(texts.get("command.failed", label, reason));
        context.log().error("command " + command.id() + " failed (bundle " + command.contributor().bundleName()
                + "): " + reason, failure);
    }

    private CommandContext contextFor(CommandDescriptor command) {
        return new WindowSite(command.id(), context, command.contributor().messages(context.user().locale()), status,
                shell, viewOpener);
    }
}
