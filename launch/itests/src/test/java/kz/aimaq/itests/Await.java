package kz.aimaq.itests;

import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what the framework does asynchronously (bundle starts, the deploy watcher). */
final class Await {

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        until(what, condition, () -> "");
    }

    static void until(String what, BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
        until(what, Duration.ofSeconds(20), condition, state);
    }

    /** As {@link #until(String, BooleanSupplier, Supplier)} with a longer limit, for slow background work such as scoring the whole country. */
    static void until(String what, Duration limit, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not within " + limit.toSeconds() + " s: " + what + " " + state.get());
    }
}
