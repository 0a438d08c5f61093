package kz.aimaq.tax.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import kz.aimaq.storage.api.Database;

/**
 * Carries the recent payments into the payment table behind the user's back (H2 only, see
 * migration V5): a batch of okrugs of about {@value #ROWS_PER_BATCH} payments per transaction, in
 * the table's key order, under the payments' lock, so that an import waits for one batch at most.
 * A batch is all or nothing; what a stopped process leaves in the recent table is read as before
 * and moved by the next one.
 */
final class PaymentMover implements AutoCloseable {

    /** The database-wide lock that imports and moves take, so that no row is stored in both tables. */
    static final String LOCK = "tax.payments";

    /** Small enough that an import waiting on a batch waits about a second on a 10 M-row H2 table. */
    static final int ROWS_PER_BATCH = 1_000;

    private final TaxStore store;
    private final Database database;
    private final Consumer<String> warn;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "aimaq-tax-payment-mover");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private ScheduledFuture<?> pending;
    private volatile boolean closed;

    PaymentMover(TaxStore store, Database database, Consumer<String> warn) {
        this.store = store;
        this.database = database;
        this.warn = warn;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Moves what is recent after the delay, unless a run is already waiting to start. */
    synchronized void moveAfter(Duration delay) {
        if (closed || pending != null && !pending.isDone() && pending.getDelay(TimeUnit.NANOSECONDS) > 0) {
            return;
        }
        pending = thread.schedule(this::moveInBackground, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Moves everything recent now, on the mover's thread, and returns how many payments moved when
     * it is done: the command that a machine without a window runs after its scheduled imports.
     */
    int moveNow() throws SQLException, InterruptedException {
        try {
            return thread.submit(this::moveAll).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return 0; // stopping: the next process moves them
        }
    }

    private void moveInBackground() {
        try {
            moveAll();
        } catch (SQLException | RuntimeException e) {
            // the state and code only: H2's message quotes the key, and with it a taxpayer's IIN
            if (!closed) {
                warn.accept("recent tax payments were not moved (they stay readable and are moved after the next"
                        + " import): " + (e instanceof SQLException s ? "SQL state " + s.getSQLState() + ", error "
                                + s.getErrorCode() : e.getClass().getName()));
            }
        }
    }

    private int moveAll() throws SQLException {
        int moved = 0;
        List<String[]> ranges = store.read(c -> store.recentRanges(c, ROWS_PER_BATCH));
        while (!ranges.isEmpty()) {
            for (String[] range : ranges) {
                if (closed) {
                    return moved;
                }
                moved += store.inTransaction(c -> {
                    database.lock(c, LOCK);
                    return store.moveRecent(c, range[0], range[1]);
                });
            }
            // imports may have come in while these moved
            ranges = store.read(c -> store.recentRanges(c, ROWS_PER_BATCH));
        }
        return moved;
    }

    /**
     * Stops after the batch in progress, waiting for it. Not by interrupting: an interrupt inside
     * H2's file I/O closes the database's file channel.
     */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
