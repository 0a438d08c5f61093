package kz.aimaq.workbench.internal.window;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kz.aimaq.workbench.internal.model.ShellLog;

/** Keeps every log line, prefixed with its level, for assertions. */
final class RecordingLog implements ShellLog {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message, Throwable failure) {
        lines.add("ERROR " + message);
    }

    long count(String fragment) {
        return lines.stream().filter(l -> l.contains(fragment)).count();
    }
}
