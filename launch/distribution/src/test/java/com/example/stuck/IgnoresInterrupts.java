package com.example.stuck;

/**
 * A hostile add-on's component whose activation never returns and ignores interrupts: the
 * module manager abandons its start, and the process must still exit on SIGTERM.
 */
public final class IgnoresInterrupts {

    void activate() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignoredOnPurpose) {
                // a hostile vendor keeps the thread
            }
        }
    }
}
