package kz.aimaq.readiness.ui.internal;

import java.util.function.Consumer;

import kz.aimaq.workbench.api.ViewSite;

/** Keeps one view current: hands it the model's status on the UI thread whenever it changes. */
final class Follower {

    private final ReadinessModel model;
    private final Consumer<Status> show;
    private final Runnable listener;

    Follower(ReadinessModel model, ViewSite site, Consumer<Status> show) {
        this.model = model;
        this.show = show;
        listener = () -> site.asyncExec(this::showNow);
    }

    /** Starts following and shows the status as it is now. */
    void start() {
        model.addListener(listener);
        showNow();
    }

    void stop() {
        model.removeListener(listener);
    }

    private void showNow() {
        show.accept(model.status());
    }
}
