package kz.aimaq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/** A start Felix failed to break a lock cycle is tried again; any other failure is not. */
class LockConflictStartTest {

    private static final String FELIX_LOCK_CONFLICT = "Unable to acquire global lock for resolve. Unresolved requirements: []";

    /** A bundle whose starts fail with the given messages, in turn, then succeed; {@code starts} counts them. */
    private static Bundle failingWith(List<Integer> starts, String... failures) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "start" -> {
                            int n = starts.size();
                            starts.add(n);
                            if (n < failures.length) {
                                Thread.currentThread().interrupt(); // as Felix does to the loser
                                throw new BundleException(failures[n]);
                            }
                            return null;
                        }
                        case "getSymbolicName" -> {
                            return "kz.aimaq.test";
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Test
    void aStartThatLostALockConflictIsStartedAgain() throws Exception {
        List<Integer> starts = new ArrayList<>();
        Launcher.start(failingWith(starts, FELIX_LOCK_CONFLICT));
        assertEquals(2, starts.size());
        assertFalse(Thread.interrupted(), "Felix's interrupt is not left for the next wait");
    }

    @Test
    void anActivatorFailureIsNotRetried() {
        List<Integer> starts = new ArrayList<>();
        BundleException e = assertThrows(BundleException.class,
                () -> Launcher.start(failingWith(starts, "Activator start error in bundle kz.aimaq.test")));
        assertEquals(1, starts.size(), e.getMessage());
        Thread.interrupted();
    }

    @Test
    void aConflictThatDoesNotGoAwayFailsAfterAFewAttempts() {
        List<Integer> starts = new ArrayList<>();
        assertThrows(BundleException.class, () -> Launcher.start(failingWith(starts, FELIX_LOCK_CONFLICT,
                FELIX_LOCK_CONFLICT, FELIX_LOCK_CONFLICT, FELIX_LOCK_CONFLICT)));
        assertEquals(Launcher.LOCK_CONFLICT_ATTEMPTS, starts.size());
        Thread.interrupted();
    }
}
