package kz.aimaq.workbench.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The views, commands and perspectives registered right now, keyed by id. Written from any
 * thread (service callbacks), read by the window on the UI thread; the window is told of
 * every change through one listener and then reconciles its widgets with this state.
 */
public final class Contributions {

    private final Map<String, ViewDescriptor> views = new ConcurrentHashMap<>();
    private final Map<String, CommandDescriptor> commands = new ConcurrentHashMap<>();
    private final Map<String, PerspectiveDescriptor> perspectives = new ConcurrentHashMap<>();
    private volatile Runnable listener = () -> { };
    private volatile Predicate<String> perspectiveComing = id -> false;

    /** Sets the one listener told after every change (on the caller's thread). */
    public void onChange(Runnable changeListener) {
        this.listener = changeListener == null ? () -> { } : changeListener;
        this.listener.run();
    }

    public void addView(ViewDescriptor view) {
        views.put(view.id(), view);
        listener.run();
    }

    /** Removes {@code view} unless another registration with the same id replaced it. */
    public void removeView(ViewDescriptor view) {
        if (views.remove(view.id(), view)) {
            listener.run();
        }
    }

    public void addCommand(CommandDescriptor command) {
        commands.put(command.id(), command);
        listener.run();
    }

    public void removeCommand(CommandDescriptor command) {
        if (commands.remove(command.id(), command)) {
            listener.run();
        }
    }

    public void addPerspective(PerspectiveDescriptor perspective) {
        perspectives.put(perspective.id(), perspective);
        listener.run();
    }

    public void removePerspective(PerspectiveDescriptor perspective) {
        if (perspectives.remove(perspective.id(), perspective)) {
            listener.run();
        }
    }

    /**
     * Sets what says whether a perspective that is not registered yet is on its way (its bundle
     * is registering its services one after the other); tells the listener, since views that
     * waited for such a perspective may have to be placed now. Without it none is on its way.
     */
    public void perspectivesComing(Predicate<String> coming) {
        perspectiveComing = coming == null ? id -> false : coming;
        listener.run();
    }

    /** Whether the perspective {@code id}, not registered now, is on its way. */
    public boolean perspectiveComing(String id) {
        return perspectiveComing.test(id);
    }

    public List<ViewDescriptor> views() {
        return new ArrayList<>(views.values());
    }

    public List<CommandDescriptor> commands() {
        return new ArrayList<>(commands.values());
    }

    public List<PerspectiveDescriptor> perspectives() {
        return new ArrayList<>(perspectives.values());
    }
}
