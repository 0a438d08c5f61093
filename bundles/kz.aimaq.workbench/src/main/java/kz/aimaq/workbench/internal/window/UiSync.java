package kz.aimaq.workbench.internal.window;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

import kz.aimaq.workbench.internal.model.ShellLog;

/**
 * The one door into the UI thread: every change that starts on another thread (service
 * callbacks, jobs, events, finished look-ups) comes through here. Work that arrives after
 * the display is gone is dropped; work that throws is logged and does not stop the loop.
 */
public final class UiSync {

    private final Display display;
    private final ShellLog log;

    public UiSync(Display display, ShellLog log) {
        this.display = display;
        this.log = log;
    }

    public Display display() {
        return display;
    }

    public boolean isUiThread() {
        return !display.isDisposed() && display.getThread() == Thread.currentThread();
    }

    /** Runs {@code task} on the UI thread later; dropped if the display is disposed. */
    public void async(Runnable task) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> guarded(task));
        } catch (SWTException e) {
            // The display was disposed between the check and the call: the work is moot.
        }
    }

    /** Runs {@code task} now when on the UI thread, else later through {@link #async}. */
    public void run(Runnable task) {
        if (isUiThread()) {
            guarded(task);
        } else {
            async(task);
        }
    }

    private void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | LinkageError e) {
            log.error("UI task failed", e);
        }
    }
}
