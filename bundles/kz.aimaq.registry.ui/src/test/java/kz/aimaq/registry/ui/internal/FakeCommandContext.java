package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Shell;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.api.SelectedUnit;

/** The shell's side of a command for tests: a main window, a user, this bundle's strings, a status line. */
final class FakeCommandContext implements CommandContext {

    private final Shell shell;
    private final UserContext user;
    final List<String> status = new CopyOnWriteArrayList<>();

    FakeCommandContext(Shell shell, UserContext user) {
        this.shell = shell;
        this.user = user;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public UserContext user() {
        return user;
    }

    @Override
    public Messages messages() {
        return Messages.of(ImportCommand.class, user.locale());
    }

    @Override
    public Optional<SelectedUnit> selection() {
        return Optional.empty();
    }

    @Override
    public void asyncExec(Runnable task) {
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                task.run();
            }
        });
    }

    @Override
    public void showStatus(String message) {
        status.add(message);
    }
}
