package kz.aimaq.workbench.internal.window;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import kz.aimaq.workbench.internal.model.ShellLog;

/** The SWT event loop of the main window, kept alive when a handler throws. */
public final class MainLoop {

    private MainLoop() {
    }

    /** Dispatches events on the calling (display) thread until {@code shell} is disposed. */
    public static void run(Display display, Shell shell, ShellLog log) {
        while (!shell.isDisposed()) {
            try {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            } catch (RuntimeException | LinkageError e) {
                // A contribution's listener threw: report it and keep the window up.
                log.error("an event handler failed; the workbench keeps running", e);
            }
        }
    }
}
