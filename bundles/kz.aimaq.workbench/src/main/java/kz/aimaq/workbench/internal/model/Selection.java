package kz.aimaq.workbench.internal.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import kz.aimaq.workbench.api.SelectedUnit;

/**
 * The shared selection and who follows it. Thread-safe; listeners are called on the
 * selecting thread, so the window wraps view listeners to hop to the UI thread.
 */
public final class Selection {

    private final AtomicReference<SelectedUnit> current = new AtomicReference<>();
    private final List<Consumer<SelectedUnit>> listeners = new CopyOnWriteArrayList<>();

    public void select(SelectedUnit unit) {
        current.set(unit);
        for (Consumer<SelectedUnit> listener : listeners) {
            listener.accept(unit);
        }
    }

    public Optional<SelectedUnit> current() {
        return Optional.ofNullable(current.get());
    }

    public void addListener(Consumer<SelectedUnit> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SelectedUnit> listener) {
        listeners.remove(listener);
    }
}
