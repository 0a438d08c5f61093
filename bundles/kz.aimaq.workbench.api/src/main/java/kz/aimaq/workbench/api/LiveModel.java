package kz.aimaq.workbench.api;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.osgi.service.log.Logger;

import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.JobTask;

/**
 * What a bundle's views read, kept live. A bundle's model component (the DS component its
 * views reference) holds one: it forwards its optional services' bind and unbind methods to
 * {@link Slot}s, says {@link #changed()} when what the views show may have changed, and
 * {@link #close() closes} it on deactivation. A view {@link #follow follows} it: its data is
 * read on the model's worker thread, never on the UI thread, and shown through the view's
 * one door into the UI thread, again after every change, until the view closes its
 * {@link Following}. Optional services keep views up (with a message) while the bundle that
 * provides them is stopped or updated.
 *
 * @since 1.1
 */
public final class LiveModel implements AutoCloseable {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final Supplier<Logger> logger;
    private final BackgroundWork work;
    private final Slot<JobService> jobService = quietSlot();

    /**
     * @param threadName the worker thread's name, as thread dumps show it
     * @param logger     the component's logger, {@code null} while there is none
     */
    public LiveModel(String threadName, Supplier<Logger> logger) {
        this.logger = logger;
        work = new BackgroundWork(threadName, (name, failure) -> logFailure("Background work \"" + name + "\" failed",
                failure));
    }

    /** A slot for an optional service whose coming and going the views hear of. */
    public <S> Slot<S> slot() {
        return new Slot<>(this::changed);
    }

    /** A slot for an optional service the views do not show (a job service, an event admin). */
    public <S> Slot<S> quietSlot() {
        return new Slot<>(() -> { });
    }

    /** The job service that {@link #job} shows long work with; the model binds it when there is one. */
    public Slot<JobService> jobService() {
        return jobService;
    }

    /** Tells every listener, on the calling thread, that what the views show may have changed. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} (on any thread) after every {@link #changed()}; until removed or closed. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Runs {@code task} on the worker thread, after what was handed over before; dropped once closed. */
    public void read(Runnable task) {
        work.run(task);
    }

    /**
     * Reads once on the worker thread and hands the result to {@code show} on the view's UI
     * thread. An unexpected failure is logged, naming the view, and handed to {@code fail}
     * there instead. Both callbacks must check that their widgets still exist.
     */
    public <T> void read(ViewSite site, Supplier<T> read, Consumer<T> show, Consumer<RuntimeException> fail) {
        read(() -> {
            try {
                T result = read.get();
                site.asyncExec(() -> show.accept(result));
            } catch (RuntimeException e) {
                logFailure("Reading the data of view " + site.id() + " failed", e);
                site.asyncExec(() -> fail.accept(e));
            }
        });
    }

    /**
     * Keeps a view current with data that takes time to read: reads it now and after every
     * change as {@link #read(ViewSite, Supplier, Consumer, Consumer)} does.
     */
    public <T> Following follow(ViewSite site, Supplier<T> read, Consumer<T> show,
            Consumer<RuntimeException> fail) {
        return new Following(this, () -> read(site, read, show, fail), () -> read(site, read, show, fail));
    }

    /**
     * Keeps a view current with what the model holds in memory: runs {@code show} now, on the
     * calling UI thread, and on the UI thread after every change.
     */
    public Following follow(ViewSite site, Runnable show) {
        return new Following(this, show, () -> site.asyncExec(show));
    }

    /**
     * Runs long work as a job named {@code name} (localised), with progress and cancel in the
     * status line, or on the worker thread, unwatched, while no job service is bound.
     */
    public void job(String name, JobTask task) {
        work.job(jobService.get().orElse(null), name, task);
    }

    /** Logs a failure nobody expected, with its stack trace; nowhere while no logger is bound. */
    public void logFailure(String what, Throwable failure) {
        Logger current = logger.get();
        if (current != null) {
            current.error("{}", what, failure);
        }
    }

    /** Forgets the listeners and stops the worker thread: the component is going away. */
    @Override
    public void close() {
        listeners.clear();
        work.close();
    }

    /**
     * One optional service of a model component: its bind method calls {@link #bind}, its
     * unbind method {@link #unbind}.
     *
     * @param <S> the service type
     */
    public static final class Slot<S> {

        private final AtomicReference<S> service = new AtomicReference<>();
        private final Runnable changed;

        private Slot(Runnable changed) {
            this.changed = changed;
        }

        public Optional<S> get() {
            return Optional.ofNullable(service.get());
        }

        /** Holds {@code bound} in place of what was held (a greedy reference's better service). */
        public void bind(S bound) {
            service.set(bound);
            changed.run();
        }

        /** Lets {@code unbound} go, unless another service has replaced it already. */
        public void unbind(S unbound) {
            if (service.compareAndSet(unbound, null)) {
                changed.run();
            }
        }
    }

    /**
     * A view's following of a model: {@link #refresh()} reads again at once (after the view
     * changed what it asks for), {@link #close()} stops following when the view is disposed.
     */
    public static final class Following implements AutoCloseable {

        private final LiveModel model;
        private final Runnable onChange;

        private Following(LiveModel model, Runnable now, Runnable onChange) {
            this.model = model;
            this.onChange = onChange;
            model.addListener(onChange);
            now.run();
        }

        /** Shows the data again as if the model had changed. */
        public void refresh() {
            onChange.run();
        }

        @Override
        public void close() {
            model.removeListener(onChange);
        }
    }
}
