package kz.aimaq.workbench.internal.model;

/**
 * Where the shell logs. The DS layer adapts the OSGi Logger; tests record the lines. Kept
 * this small so the window logic runs without a framework.
 */
public interface ShellLog {

    void info(String message);

    void warn(String message);

    void error(String message, Throwable failure);
}
