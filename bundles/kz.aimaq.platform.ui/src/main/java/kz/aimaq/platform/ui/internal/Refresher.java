package kz.aimaq.platform.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import kz.aimaq.workbench.api.ViewSite;

/**
 * Keeps one view current: reads its data on the worker thread whenever the platform says
 * something changed, then hands the result to the view on the UI thread.
 *
 * @param <T> what the view shows
 */
final class Refresher<T> {

    private final AdminServices services;
    private final ViewSite site;
    private final Function<AdminServices, T> load;
    private final Consumer<T> show;
    private final Consumer<RuntimeException> fail;
    private final Runnable listener = this::request;

    Refresher(AdminServices services, ViewSite site, Function<AdminServices, T> load, Consumer<T> show,
            Consumer<RuntimeException> fail) {
        this.services = services;
        this.site = site;
        this.load = load;
        this.show = show;
        this.fail = fail;
    }

    /** Starts following changes and reads once. */
    void start() {
        services.addListener(listener);
        request();
    }

    /** Reads again now, on the worker thread. */
    void request() {
        services.read(() -> {
            try {
                T data = load.apply(services);
                site.asyncExec(() -> show.accept(data));
            } catch (RuntimeException e) {
                services.logFailure("Reading the data of admin view " + site.id() + " failed", e);
                site.asyncExec(() -> fail.accept(e));
            }
        });
    }

    void stop() {
        services.removeListener(listener);
    }
}
